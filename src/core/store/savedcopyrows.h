// Rows of the offline copies of saved articles as the Store reads and writes them: which images an
// article's copy holds (file, sniffed type, size) and which could not be kept (and why). The work
// that fills them is ArticleSaver's.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/** One image an article's copy references: kept in `fileName`, or not kept because of `error`. */
struct SavedImage
{
    QString url;      // the address as the stored content has it (absolute)
    QString fileName; // inside the article's folder; empty when not kept
    QString mimeType; // sniffed from the bytes, e.g. "image/png"
    qint64 size = 0;
    QString error;    // empty when kept

    bool kept() const { return error.isEmpty() && !fileName.isEmpty(); }
};

/** How complete an article's offline copy is. */
struct SavedCopy
{
    enum class State { Complete, Partial };
    State state = State::Complete;
    QDateTime checkedAt;       // when images were last fetched for it (UTC)
    QList<SavedImage> images;  // kept and failed, in URL order
};
