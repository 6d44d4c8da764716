#include "passwordinput.h"

#include <QByteArray>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

std::optional<QString> PasswordInput::read(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    bool gotLine = false;
    for (int c = std::getchar(); c != EOF; c = std::getchar()) {
        gotLine = true;
        if (c == '\n')
            break;
        if (line.size() < 4096) // a password longer than this is not one
            line.append(char(c));
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (!gotLine)
        return std::nullopt;
    return QString::fromUtf8(line);
}
