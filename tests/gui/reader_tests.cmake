# The article pane (issue 6; included from tests/gui/CMakeLists.txt). Fixtures in reader/.
#   tst_articlepane    DOM direction/alignment, typography, images setting, hostile content, theme screenshots
#                      (written to <build>/screenshots/reader-<theme>-<ar|en>.png)
#   tst_rendercli      the `khulasa --render` command line itself, against a canary server
#   tst_titledelegate  mixed-direction titles in the lists, by text layout positions and painted pixels
#   tst_readingflow    keys, mark-as-read delay, rebinding and zoom in the main window
set(KHULASA_READER_FIXTURES ${CMAKE_CURRENT_LIST_DIR}/reader)
khulasa_add_test(tst_articlepane GUI TIMEOUT 300
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_articlepane.cpp ${CMAKE_CURRENT_LIST_DIR}/readertesting.h ${KHULASA_TEST_SUPPORT}/urlcatcher.h
            ${KHULASA_TEST_SUPPORT}/localhttpserver.h ${KHULASA_TEST_SUPPORT}/localhttpserver.cpp
    LIBS khulasa_gui)
target_compile_definitions(tst_articlepane PRIVATE KHULASA_READER_FIXTURES="${KHULASA_READER_FIXTURES}")
khulasa_add_test(tst_rendercli GUI TIMEOUT 300
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rendercli.cpp ${CMAKE_CURRENT_LIST_DIR}/readertesting.h
            ${KHULASA_TEST_SUPPORT}/localhttpserver.h ${KHULASA_TEST_SUPPORT}/localhttpserver.cpp
    LIBS khulasa_core Qt6::Gui Qt6::WebEngineCore)
target_compile_definitions(tst_rendercli PRIVATE KHULASA_READER_FIXTURES="${KHULASA_READER_FIXTURES}")
add_dependencies(tst_rendercli khulasa)
khulasa_add_test(tst_titledelegate GUI TIMEOUT 120
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_titledelegate.cpp
    LIBS khulasa_gui)
khulasa_add_test(tst_readingflow GUI TIMEOUT 300
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_readingflow.cpp
    LIBS khulasa_gui)
# Full articles (issue 7): feed setting, View → Load Full Article, "always" feeds, failure notice.
khulasa_add_test(tst_fullarticleflow GUI TIMEOUT 300
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fullarticleflow.cpp ${KHULASA_TEST_SUPPORT}/localhttpserver.h
            ${KHULASA_TEST_SUPPORT}/localhttpserver.cpp
    LIBS khulasa_gui)
