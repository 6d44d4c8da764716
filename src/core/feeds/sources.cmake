# Feed parsing (owned by the parser work). Paths are relative to src/core.
target_sources(khulasa_core PRIVATE
    feeds/datenames.h feeds/datenames.cpp
    feeds/dateparser.h feeds/dateparser.cpp
    feeds/entrypipeline.h feeds/entrypipeline.cpp
    feeds/feeddecoder.h feeds/feeddecoder.cpp
    feeds/feedjsonwriter.h feeds/feedjsonwriter.cpp
    feeds/feednamespaces.h feeds/feednamespaces.cpp
    feeds/feedparser.h feeds/feedparser.cpp
    feeds/feedsink.h
    feeds/feedtext.h feeds/feedtext.cpp
    feeds/htmlentities.h feeds/htmlentities.cpp
    feeds/jsonfeedreader.h feeds/jsonfeedreader.cpp
    feeds/parsedfeed.h
    feeds/parsedfeedjson.h feeds/parsedfeedjson.cpp
    feeds/pendingentry.h
    feeds/utf8validator.h feeds/utf8validator.cpp
    feeds/xmlfeedreader.h feeds/xmlfeedreader.cpp feeds/xmlfeedfields.cpp
    feeds/xmltokenizer.h feeds/xmltokenizer.cpp
)
