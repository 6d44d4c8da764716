// Result<T>: a value or a human-readable error, so failures travel as values to the edge
// (CLI message, status bar, feed tooltip) instead of as exceptions or bool+out-parameter pairs.
#pragma once

#include <QString>
#include <optional>
#include <utility>

template <typename T>
class Result final
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message) { return Result(std::move(message), Tag{}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    struct Tag {};
    Result(QString message, Tag) : m_error(std::move(message)) {}
    std::optional<T> m_value;
    QString m_error;
};

/** A Result that carries no value: success or an error message. */
class Status final
{
public:
    Status() = default;
    static Status failure(QString message) { Status s; s.m_error = std::move(message); s.m_failed = true; return s; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};
