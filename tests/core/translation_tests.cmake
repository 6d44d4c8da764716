# Translation checks (included from tests/core/CMakeLists.txt): the .ts files are complete, keep their
# placeholders, have every Arabic plural form, and are not stale (lupdate on the sources finds exactly
# their messages). GUI-free, so it also runs in the KHULASA_GUI=OFF build (the stale check is skipped
# there when lupdate is not installed).
find_program(KHULASA_LUPDATE NAMES lupdate PATHS /usr/lib/qt6/bin ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}
             NO_DEFAULT_PATH DOC "Qt 6 lupdate, for the stale-translation check")
if(NOT KHULASA_LUPDATE)
    find_program(KHULASA_LUPDATE NAMES lupdate-qt6 lupdate6 lupdate DOC "Qt 6 lupdate, for the stale-translation check")
endif()
if(NOT KHULASA_LUPDATE)
    set(KHULASA_LUPDATE "")
endif()
if(KHULASA_GUI)
    set(khulasa_lupdate_required 1) # the GUI build makes translations, so lupdate must be there
else()
    set(khulasa_lupdate_required 0)
endif()

khulasa_add_test(tst_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translations.cpp LIBS khulasa_core)
target_compile_definitions(tst_translations PRIVATE
    KHULASA_TRANSLATIONS_DIR="${CMAKE_SOURCE_DIR}/translations"
    KHULASA_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
    KHULASA_LUPDATE="${KHULASA_LUPDATE}"
    KHULASA_LUPDATE_REQUIRED=${khulasa_lupdate_required})
