// The HTML stage of parsing: sanitises each entry's summary and content once, after the XML or
// JSON stage has collected them, and hands them on in document order. Entries are independent, so
// batches are sanitised on worker threads while the parsing thread reads on; the number of batches
// in flight is capped, so memory stays bounded however long the feed.
#pragma once

#include "feeds/feedsink.h"
#include "feeds/pendingentry.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class EntryPipeline final
{
public:
    /** `workers` < 0: one fewer than the CPUs this process may run on (none on one CPU). */
    explicit EntryPipeline(FeedSink &sink, int workers = -1);
    ~EntryPipeline();
    Q_DISABLE_COPY_MOVE(EntryPipeline)

    void add(PendingEntry &&entry);
    /** Sanitises and delivers everything still pending; call once, at the end. */
    void finish();

    /** Sanitises one entry (the work each batch does per entry). */
    static SanitizedEntry sanitize(PendingEntry &&pending);

private:
    struct Batch
    {
        QList<PendingEntry> input;
        QList<SanitizedEntry> output;
        QByteArray rendered;
        bool claimed = false;
        bool done = false;
    };

    void submit();
    void process(Batch &batch) const;
    void helpOrWait(std::unique_lock<std::mutex> &lock);
    void deliverReady(std::unique_lock<std::mutex> &lock);
    void workerLoop();

    FeedSink &m_sink;
    int m_workerCount = 0;
    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_batchDone;
    std::deque<std::unique_ptr<Batch>> m_inFlight; // document order
    std::unique_ptr<Batch> m_current;
    qsizetype m_currentBytes = 0;
    bool m_stopping = false;
};
