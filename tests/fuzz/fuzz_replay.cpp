// tst_fuzz_replay: runs every seed and regression input through the four fuzz entry points, built
// normally (GCC, no sanitiser runtime), so CI re-checks each finding without clang or libFuzzer.
// Arguments: files or folders; none means the fixtures and tests/fuzz/{seeds,regressions}.
#include "fuzztargets.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList roots = app.arguments().mid(1);
    if (roots.isEmpty())
        roots = {QStringLiteral(KHULASA_TEST_DATA "/feeds"), QStringLiteral(KHULASA_TEST_DATA "/pages"),
                 QStringLiteral(KHULASA_FUZZ_DIR "/seeds"),
                 QStringLiteral(KHULASA_FUZZ_DIR "/regressions")};
    QStringList files;
    for (const QString &root : std::as_const(roots)) {
        if (QFileInfo(root).isFile()) {
            files.append(root);
            continue;
        }
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray bytes = f.readAll();
        const auto *data = reinterpret_cast<const uint8_t *>(bytes.constData());
        KhulasaFuzz::feedParser(data, size_t(bytes.size()));
        KhulasaFuzz::sanitizer(data, size_t(bytes.size()));
        KhulasaFuzz::dateParser(data, size_t(bytes.size()));
        KhulasaFuzz::articleExtractor(data, size_t(bytes.size()));
    }
    std::printf("%lld inputs replayed through 4 targets\n", static_cast<long long>(files.size()));
    return files.isEmpty() ? 1 : 0;
}
