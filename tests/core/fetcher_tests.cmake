# Fetch layer and refresh engine against real local servers (issue 4): included from
# tests/core/CMakeLists.txt. KEYCHAIN: the stored-credentials case keeps its password in a real
# gnome-keyring on a private D-Bus session. zlib builds the gzip bodies (and the gzip bomb); the HTTPS
# cases make a throw-away self-signed certificate with the openssl tool at test time.
find_package(ZLIB REQUIRED)
find_program(KHULASA_OPENSSL openssl REQUIRED)
khulasa_add_test(tst_fetcher KEYCHAIN TIMEOUT 120
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fetcher.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/localhttpserver.h ${CMAKE_CURRENT_LIST_DIR}/../support/localhttpserver.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/gzipbodies.h ${CMAKE_CURRENT_LIST_DIR}/../support/gzipbodies.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../support/tlstestcert.h ${CMAKE_CURRENT_LIST_DIR}/../support/tlstestcert.cpp
    LIBS khulasa_core ZLIB::ZLIB)
