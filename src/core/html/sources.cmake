# HTML5 parsing, sanitising, plain text. Paths are relative to src/core.
target_sources(khulasa_core PRIVATE
    html/cssfilter.h html/cssfilter.cpp
    html/gumbofragment.h html/gumbofragment.cpp
    html/guardedparse.h html/guardedparse.cpp
    html/htmlsanitizer.h html/htmlsanitizer.cpp
    html/htmlscan.h html/htmlscan.cpp
    html/htmltext.h html/htmltext.cpp
    html/inertcontent.h html/inertcontent.cpp
    html/sanitizerwriter.h html/sanitizerwriter.cpp
    html/simplemarkup.h html/simplemarkup.cpp
    html/urlpolicy.h html/urlpolicy.cpp
)
# Full-article extraction from web pages (Readability-style), on the same parser and sanitiser.
target_sources(khulasa_core PRIVATE
    html/article/articleextractor.h html/article/articleextractor.cpp
    html/article/contenthints.h html/article/contenthints.cpp
    html/article/contentscorer.h html/article/contentscorer.cpp
    html/article/contentwriter.h html/article/contentwriter.cpp
    html/article/extractedarticle.h
    html/article/pagemetadata.h html/article/pagemetadata.cpp
    html/article/pagetree.h html/article/pagetree.cpp
)
