<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/feed.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of a feed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleRenderer</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Unknown option %1 (see khulasa-cli --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs one URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added feed %1: %2 (%3 articles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--feed needs a feed id (see list feeds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list needs “feeds” or “articles”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse needs one FILE (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; not parsed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no feed with id %1 (see list feeds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1 feeds: %2 new articles, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Usage: khulasa-cli [--profile DIR] COMMAND [OPTIONS]

Commands:
  add URL                                 subscribe to the feed at URL
  refresh [--feed ID]... [--timeout SEC]  download new articles (all feeds, or the given ones)
  list feeds --json                       the subscriptions and their state
  list articles [--feed ID] [--unread] [--saved] --json
                                          articles, newest first
  parse FILE|- [--url URL] [--charset NAME]
                                          parse a feed document and print it as JSON

Options:
  --profile DIR   use the profile in DIR (also: KHULASA_PROFILE); accepted anywhere
  --version       print the version
  --help          print this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1” (see khulasa-cli --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Open the publisher&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to see how to reach its publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No password is stored for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the password was not stored. Start a Secret Service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Khulasa database or is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another application; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Khulasa (schema %2, this version knows %3). It was left untouched; please update Khulasa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the database before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema step %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>the server rejected the request (400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication required (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access forbidden (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed is gone for good (410)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests; the server asks us to wait (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error (500)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad gateway (502)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service unavailable (503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway timeout (504)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped sending data for %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download took longer than %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects or a redirect loop (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before the feed was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name could not be found (offline?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redirect tried to leave HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only http and https addresses can be fetched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedTreeModel</name>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Khulasa — أهلاً بك في خلاصة</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Khulasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing %v/%m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an article to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Khulasa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Khulasa %1&lt;/h3&gt;&lt;p&gt;A desktop news reader built first for Arabic readers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Add Feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save/Unsave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Khulasa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <source>“%1” is not a web address (it must start with http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed found at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>A folder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address (it must start with http:// or https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already subscribed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the feed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummarySidebar</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originally published at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hijri date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Khulasa cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
