#include "clicontext.h"

#include <cstdio>

CliContext::CliContext(QString profileDir, QStringList arguments)
    : m_profileDir(std::move(profileDir)), m_arguments(std::move(arguments))
{
}

const Profile *CliContext::profile()
{
    if (!m_profile && !m_failed) {
        auto resolved = Profile::resolve(m_profileDir);
        if (!resolved) {
            m_failed = true;
            fail(resolved.error());
            return nullptr;
        }
        m_profile = std::move(resolved).value();
    }
    return m_profile ? &*m_profile : nullptr;
}

Store *CliContext::store()
{
    if (!m_store && !m_failed) {
        if (!profile())
            return nullptr;
        auto opened = Store::open(m_profile->databasePath());
        if (!opened) {
            m_failed = true;
            fail(opened.error());
            return nullptr;
        }
        m_store = std::move(opened).value();
    }
    return m_store.get();
}

QString CliContext::takeFirstArgument()
{
    for (qsizetype i = 0; i < m_arguments.size(); ++i) {
        if (!m_arguments.at(i).startsWith(u"--") || m_arguments.at(i) == u"-")
            return m_arguments.takeAt(i);
    }
    return {};
}

QStringList CliContext::takeOption(const QString &name)
{
    QStringList values;
    const QString flag = u"--" + name;
    for (qsizetype i = 0; i < m_arguments.size();) {
        const QString &word = m_arguments.at(i);
        if (word == flag && i + 1 < m_arguments.size()) {
            values << m_arguments.at(i + 1);
            m_arguments.remove(i, 2);
        } else if (word.startsWith(flag + u'=')) {
            values << word.mid(flag.size() + 1);
            m_arguments.remove(i);
        } else {
            ++i;
        }
    }
    return values;
}

bool CliContext::takeFlag(const QString &name)
{
    return m_arguments.removeAll(u"--" + name) > 0;
}

bool CliContext::rejectUnknownOptions()
{
    for (const QString &word : std::as_const(m_arguments)) {
        if (word.startsWith(u"--")) {
            fail(tr("Unknown option %1 (see khulasa-cli --help).").arg(word), 2);
            return true;
        }
    }
    return false;
}

std::optional<Article> CliContext::storedArticle(const QString &idText, int &exitCode)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        exitCode = fail(tr("--article needs an article id (see list articles)."), 2);
        return std::nullopt;
    }
    Store *opened = store();
    std::optional<Article> article = opened ? opened->article(id) : std::nullopt;
    if (opened && !article)
        fail(tr("There is no article %1.").arg(id));
    exitCode = article ? 0 : 1;
    return article;
}

std::optional<Article> CliContext::articleArgument(const QString &command, int &exitCode)
{
    const QString word = takeFirstArgument();
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    exitCode = 2;
    if (!ok || id <= 0) {
        fail(tr("%1 needs an article id (see list articles).").arg(command), 2);
        return std::nullopt;
    }
    if (rejectUnknownOptions())
        return std::nullopt;
    exitCode = 1;
    Store *opened = store();
    if (!opened)
        return std::nullopt;
    std::optional<Article> article = opened->article(id);
    if (!article) {
        fail(tr("There is no article with id %1.").arg(id));
        return std::nullopt;
    }
    exitCode = 0;
    return article;
}

bool CliContext::openInput(const QString &path, QFile &file)
{
    bool opened = false;
    if (path == u"-") {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return opened;
}

void CliContext::printJson(const QJsonDocument &document)
{
    const QByteArray bytes = document.toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliContext::printLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int CliContext::fail(const QString &message, int exitCode)
{
    const QByteArray bytes = (u"khulasa-cli: " + message + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return exitCode;
}
