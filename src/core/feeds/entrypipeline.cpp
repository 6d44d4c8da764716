#include "feeds/entrypipeline.h"

#include "html/htmlsanitizer.h"

#ifdef Q_OS_LINUX
#include <sched.h>
#endif

namespace {

// A batch is sanitised as one unit of work: big enough that handing it over costs little, small
// enough that both threads stay busy on a medium feed.
constexpr qsizetype BatchBytes = 256 * 1024;
constexpr qsizetype BatchEntries = 256;

int usableCpus()
{
#ifdef Q_OS_LINUX
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) == 0)
        return qMax(1, CPU_COUNT(&set)); // taskset and cgroup pinning, which hardware_concurrency ignores
#endif
    return qMax(1, int(std::thread::hardware_concurrency()));
}

QByteArray sanitized(const QByteArray &html, const QUrl &base)
{
    QByteArray out;
    if (html.isEmpty())
        return out;
    out.reserve(html.size() + html.size() / 8 + 16);
    HtmlSanitizer::sanitizeUtf8(html, base, out);
    return out;
}

} // namespace

EntryPipeline::EntryPipeline(FeedSink &sink, int workers) : m_sink(sink)
{
    m_workerCount = workers >= 0 ? workers : qMin(3, usableCpus() - 1);
}

EntryPipeline::~EntryPipeline()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_workAvailable.notify_all();
    for (std::thread &t : m_workers)
        t.join();
}

SanitizedEntry EntryPipeline::sanitize(PendingEntry &&pending)
{
    SanitizedEntry out;
    out.entry = std::move(pending.entry);
    out.contentHtml = sanitized(pending.content, pending.contentBase);
    out.summaryHtml = pending.summaryFromContent ? out.contentHtml : sanitized(pending.summary, pending.summaryBase);
    return out;
}

void EntryPipeline::process(Batch &batch) const
{
    batch.output.reserve(batch.input.size());
    for (PendingEntry &pending : batch.input)
        batch.output.append(sanitize(std::move(pending)));
    batch.input.clear();
    m_sink.prepare(batch.output, batch.rendered);
}

void EntryPipeline::add(PendingEntry &&entry)
{
    if (!m_current)
        m_current = std::make_unique<Batch>();
    m_currentBytes += entry.summary.size() + entry.content.size() + 256;
    m_current->input.append(std::move(entry));
    if (m_currentBytes >= BatchBytes || m_current->input.size() >= BatchEntries)
        submit();
}

void EntryPipeline::submit()
{
    if (!m_current)
        return;
    std::unique_lock lock(m_mutex);
    m_inFlight.push_back(std::move(m_current));
    m_currentBytes = 0;
    if (m_workerCount > 0) {
        if (int(m_workers.size()) < m_workerCount)
            m_workers.emplace_back([this] { workerLoop(); });
        m_workAvailable.notify_one();
    }
    // Bounded memory: past the cap the parsing thread stops reading and helps instead.
    const size_t cap = size_t(2 * m_workerCount + 1);
    while (m_inFlight.size() > (m_workerCount > 0 ? cap : 0)) {
        helpOrWait(lock);
    }
    deliverReady(lock);
}

void EntryPipeline::helpOrWait(std::unique_lock<std::mutex> &lock)
{
    // Process the oldest unclaimed batch on this thread; with none left, wait for a worker.
    Batch *todo = nullptr;
    for (const auto &b : m_inFlight) {
        if (!b->claimed) {
            todo = b.get();
            break;
        }
    }
    if (todo) {
        todo->claimed = true;
        lock.unlock();
        process(*todo);
        lock.lock();
        todo->done = true;
    } else if (!m_inFlight.front()->done) {
        m_batchDone.wait(lock);
    }
    deliverReady(lock);
}

void EntryPipeline::deliverReady(std::unique_lock<std::mutex> &lock)
{
    while (!m_inFlight.empty() && m_inFlight.front()->done) {
        std::unique_ptr<Batch> batch = std::move(m_inFlight.front());
        m_inFlight.pop_front();
        lock.unlock();
        m_sink.consume(std::move(batch->output), std::move(batch->rendered));
        batch.reset();
        lock.lock();
    }
}

void EntryPipeline::finish()
{
    submit();
    std::unique_lock lock(m_mutex);
    while (!m_inFlight.empty()) {
        helpOrWait(lock);
    }
}

void EntryPipeline::workerLoop()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        Batch *todo = nullptr;
        for (const auto &b : m_inFlight) {
            if (!b->claimed) {
                todo = b.get();
                break;
            }
        }
        if (!todo) {
            if (m_stopping)
                return;
            m_workAvailable.wait(lock);
            continue;
        }
        todo->claimed = true;
        lock.unlock();
        process(*todo);
        lock.lock();
        todo->done = true;
        m_batchDone.notify_all();
    }
}
