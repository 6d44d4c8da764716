// What the summary sidebar computes for an article (key points, the same story elsewhere, related
// articles), worked out on a thread of its own with its own store connection, so the UI thread never
// summarises or scans. Only the newest request's result is delivered.
#pragma once

#include "model/article.h"

#include <QAtomicInteger>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

struct SidebarStory
{
    qint64 id = 0;
    QString title;
    QString source; // the feed's title
};

struct SidebarFacts
{
    qint64 articleId = 0;
    QStringList keyPoints;
    QList<SidebarStory> sameStory; // near-duplicates and the same event, from other reports
    QList<SidebarStory> related;   // the same subject
};
Q_DECLARE_METATYPE(SidebarFacts)

class SidebarLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SidebarLoader)

public:
    explicit SidebarLoader(QObject *parent = nullptr);
    ~SidebarLoader() override;

    void setDatabasePath(const QString &path) { m_databasePath = path; }
    /** Starts working out `article`'s facts; a newer call makes an older result stale. */
    void load(const Article &article);
    /** Makes any pending result stale (the sidebar was cleared). */
    void cancel() { m_generation.fetchAndAddRelaxed(1); }

    /** The work itself (what the worker thread runs); public for tests. */
    static SidebarFacts compute(const QString &databasePath, const Article &article);

Q_SIGNALS:
    void loaded(const SidebarFacts &facts);

private:
    QThreadPool m_pool;
    QString m_databasePath;
    QAtomicInteger<quint64> m_generation = 0;
};
