#include "html/guardedparse.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <csetjmp>
#include <csignal>
#include <mutex>

Q_LOGGING_CATEGORY(lcGuardedParse, "khulasa.html.parse")

namespace {
// Where the current thread's parse resumes when gumbo aborts; null outside a parse. abort() raises
// SIGABRT in the thread that called it, so a thread-local suffices, and glibc's abort() releases its
// own lock before raising, so leaving the handler by siglongjmp leaves nothing locked behind.
thread_local sigjmp_buf *t_resume = nullptr;
struct sigaction g_previousHandler;
std::once_flag g_handlerInstalled;

extern "C" void handleAbort(int signal)
{
    if (sigjmp_buf *resume = t_resume) {
        t_resume = nullptr;
        siglongjmp(*resume, 1);
    }
    // An abort anywhere else: whatever was installed before (QTest's crash report, the default) runs.
    sigaction(SIGABRT, &g_previousHandler, nullptr);
    raise(signal);
}

void installHandler()
{
    struct sigaction action = {};
    action.sa_handler = handleAbort;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_NODEFER;
    sigaction(SIGABRT, &action, &g_previousHandler);
}
} // namespace

GumboOutput *GuardedParse::parse(const GumboOptions &options, const char *data, size_t size)
{
    std::call_once(g_handlerInstalled, installHandler);
    sigjmp_buf resume;
    if (sigsetjmp(resume, 1) != 0) {
        qCWarning(lcGuardedParse, "The HTML parser gave up on a document of %zu bytes", size);
        return nullptr;
    }
    t_resume = &resume;
    GumboOutput *output = gumbo_parse_with_options(&options, data, size);
    t_resume = nullptr;
    return output;
}

QString GuardedParse::textWithoutMarkup(QByteArrayView utf8)
{
    static const QRegularExpression markup(QStringLiteral("<[^>]*>?"));
    return QString::fromUtf8(utf8).replace(markup, QStringLiteral(" ")).simplified();
}
