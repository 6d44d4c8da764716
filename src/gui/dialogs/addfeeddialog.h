// "Add Feed": asks for an address (a feed, a `feed:` link or a web page) and a folder, then
// subscribes through the core's Subscriber (the same code path as `khulasa-cli add`). When the page
// offers several feeds the dialog lists them to pick from; when nothing is found it stays open and says why.
#pragma once

#include "model/feed.h"
#include "util/result.h"

#include <QDialog>
#include <memory>

namespace Ui { class AddFeedDialog; }
class Refresher;
class Store;
class Subscriber;
struct SubscribeReply;

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
    void handleReply(const SubscribeReply &reply);
    Result<qint64> chosenFolder();

    std::unique_ptr<Ui::AddFeedDialog> m_ui;
    Store &m_store;
    Subscriber *m_subscriber;
    qint64 m_addedFeedId = 0;
};
