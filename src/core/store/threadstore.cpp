#include "store/threadstore.h"

#include "store/store.h"

#include <memory>

Store *ThreadStore::forPath(const QString &path)
{
    thread_local std::unique_ptr<Store> store;
    if (!store || store->databasePath() != path) {
        store.reset();
        auto opened = Store::open(path);
        if (!opened)
            return nullptr;
        store = std::move(opened).value();
    }
    return store.get();
}
