// "Add Feed": asks for an address and a folder, then subscribes through the Refresher (the same
// code path as `khulasa-cli add`). Stays open with the reason when the address holds no feed.
#pragma once

#include "model/feed.h"

#include <QDialog>
#include <memory>

namespace Ui { class AddFeedDialog; }
class Refresher;
class Store;

class AddFeedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddFeedDialog)

public:
    AddFeedDialog(Store &store, Refresher &refresher, QWidget *parent = nullptr);
    ~AddFeedDialog() override;

    void setAddress(const QString &url);
    /** The id of the feed that was added, once the dialog was accepted. */
    qint64 addedFeedId() const { return m_addedFeedId; }

    void accept() override;

private:
    void setBusy(bool busy);

    std::unique_ptr<Ui::AddFeedDialog> m_ui;
    Store &m_store;
    Refresher &m_refresher;
    qint64 m_addedFeedId = 0;
};
