<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Sync Accounts</source>
        <translation>Sync Accounts</translation>
    </message>
    <message>
        <source>Keep subscriptions, read and saved articles in step with a server that speaks the Google Reader API: FreshRSS, Miniflux, Inoreader, The Old Reader or BazQux.</source>
        <translation>Keep subscriptions, read and saved articles in step with a server that speaks the Google Reader API: FreshRSS, Miniflux, Inoreader, The Old Reader or BazQux.</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sync Now</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Add an Account</source>
        <translation>Add an Account</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>For FreshRSS, give the API password set in its profile. The password is kept in the system keychain, never in a file.</source>
        <translation>For FreshRSS, give the API password set in its profile. The password is kept in the system keychain, never in a file.</translation>
    </message>
    <message>
        <source>&amp;Add Account</source>
        <translation>&amp;Add Account</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last Sync</source>
        <translation>Last Sync</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Remove Account</translation>
    </message>
    <message>
        <source>Remove the account %1 with its feeds and articles from Khulasa? The server keeps everything.</source>
        <translation>Remove the account %1 with its feeds and articles from Khulasa? The server keeps everything.</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Removing…</translation>
    </message>
</context>
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>Add Feed</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>https://example.com/feed.xml</source>
        <translation>https://example.com/feed.xml</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>(no folder)</source>
        <translation>(no folder)</translation>
    </message>
    <message>
        <source>Checking the address…</source>
        <translation>Checking the address…</translation>
    </message>
    <message>
        <source>This page offers several feeds. Choose one:</source>
        <translation>This page offers several feeds. Choose one:</translation>
    </message>
    <message>
        <source>Enter the address of a feed or of a web site.</source>
        <translation>Enter the address of a feed or of a web site.</translation>
    </message>
</context>
<context>
    <name>ArticleExtractor</name>
    <message>
        <source>No article found: the page has too little text.</source>
        <translation>No article found: the page has too little text.</translation>
    </message>
    <message>
        <source>No article found: the page is mostly links.</source>
        <translation>No article found: the page is mostly links.</translation>
    </message>
    <message>
        <source>No article found: the page is a list of stories.</source>
        <translation>No article found: the page is a list of stories.</translation>
    </message>
    <message>
        <source>The page is larger than %1 MB; not read.</source>
        <translation>The page is larger than %1 MB; not read.</translation>
    </message>
    <message>
        <source>The page nests its elements too deeply to be read safely.</source>
        <translation>The page nests its elements too deeply to be read safely.</translation>
    </message>
    <message>
        <source>No article found: the page is empty.</source>
        <translation>No article found: the page is empty.</translation>
    </message>
    <message>
        <source>The page's HTML is too broken to be read.</source>
        <translation>The page's HTML is too broken to be read.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ArticleRenderer</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>▶ Play audio in the system player</source>
        <translation>▶ Play audio in the system player</translation>
    </message>
    <message>
        <source>▶ Play video in the system player</source>
        <translation>▶ Play video in the system player</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Open attachment</translation>
    </message>
</context>
<context>
    <name>ArticleSaver</name>
    <message>
        <source>Article %1 is not saved.</source>
        <translation>Article %1 is not saved.</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>There is no article with id %1.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>The server answered %1.</translation>
    </message>
    <message>
        <source>It is not a picture.</source>
        <translation>It is not a picture.</translation>
    </message>
    <message>
        <source>It is not a picture (the server called it %1).</source>
        <translation>It is not a picture (the server called it %1).</translation>
    </message>
    <message>
        <source>The article's images would take more than %1 MB.</source>
        <translation>The article's images would take more than %1 MB.</translation>
    </message>
    <message>
        <source>The article was unsaved before its images were kept.</source>
        <translation>The article was unsaved before its images were kept.</translation>
    </message>
</context>
<context>
    <name>ArticleSearch</name>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
</context>
<context>
    <name>ArticleSearchBar</name>
    <message>
        <source>Search articles (words, "phrases", prefix*)</source>
        <translation>Search articles (words, "phrases", prefix*)</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Search articles</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>CacheFolder</name>
    <message>
        <source>Some cached files could not be removed: %1</source>
        <translation>Some cached files could not be removed: %1</translation>
    </message>
</context>
<context>
    <name>ChannelValue</name>
    <message>
        <source>Enter a value for the contact.</source>
        <translation>Enter a value for the contact.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number. Write it with the country code (+966 …) or as a local number starting with 0.</source>
        <translation>“%1” is not a phone number. Write it with the country code (+966 …) or as a local number starting with 0.</translation>
    </message>
    <message>
        <source>“%1” is not a Telegram user name or t.me link.</source>
        <translation>“%1” is not a Telegram user name or t.me link.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1” is not a web address.</translation>
    </message>
    <message>
        <source>Unknown kind of contact.</source>
        <translation>Unknown kind of contact.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Unknown option %1 (see khulasa-cli --help).</source>
        <translation>Unknown option %1 (see khulasa-cli --help).</translation>
    </message>
    <message>
        <source>add needs one URL.</source>
        <translation>add needs one URL.</translation>
    </message>
    <message>
        <source>Added feed %1: %2 (%3 articles)</source>
        <translation>Added feed %1: %2 (%3 articles)</translation>
    </message>
    <message>
        <source>--feed needs a feed id (see list feeds).</source>
        <translation>--feed needs a feed id (see list feeds).</translation>
    </message>
    <message>
        <source>list needs “feeds” or “articles”.</source>
        <translation>list needs “feeds” or “articles”.</translation>
    </message>
    <message>
        <source>parse needs one FILE (or - for standard input).</source>
        <translation>parse needs one FILE (or - for standard input).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; not parsed.</source>
        <translation>%1 is larger than %2 MB; not parsed.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout needs a number of seconds.</translation>
    </message>
    <message>
        <source>There is no feed with id %1 (see list feeds).</source>
        <translation>There is no feed with id %1 (see list feeds).</translation>
    </message>
    <message>
        <source>Refreshed %1 feeds: %2 new articles, %3 failed.</source>
        <translation>Refreshed %1 feeds: %2 new articles, %3 failed.</translation>
    </message>
    <message>
        <source>import-opml needs one FILE (or - for standard input).</source>
        <translation>import-opml needs one FILE (or - for standard input).</translation>
    </message>
    <message>
        <source>Imported %1 feeds (%2 already subscribed, %3 rejected).</source>
        <translation>Imported %1 feeds (%2 already subscribed, %3 rejected).</translation>
    </message>
    <message>
        <source>export-opml takes at most one FILE.</source>
        <translation>export-opml takes at most one FILE.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Cannot write to standard output.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>account add takes no other words; the password is read from standard input, never from the command line.</source>
        <translation>account add takes no other words; the password is read from standard input, never from the command line.</translation>
    </message>
    <message>
        <source>account add needs --type greader (the Google Reader API).</source>
        <translation>account add needs --type greader (the Google Reader API).</translation>
    </message>
    <message>
        <source>account add needs --url URL and --user NAME.</source>
        <translation>account add needs --url URL and --user NAME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password was given (it is read as one line from standard input).</source>
        <translation>No password was given (it is read as one line from standard input).</translation>
    </message>
    <message>
        <source>Added account %1: %2 on %3 (run “khulasa-cli sync” to fetch it).</source>
        <translation>Added account %1: %2 on %3 (run “khulasa-cli sync” to fetch it).</translation>
    </message>
    <message>
        <source>account remove needs an account id (see account list).</source>
        <translation>account remove needs an account id (see account list).</translation>
    </message>
    <message>
        <source>account needs “add”, “list” or “remove”.</source>
        <translation>account needs “add”, “list” or “remove”.</translation>
    </message>
    <message>
        <source>There is no account with id %1 (see account list).</source>
        <translation>There is no account with id %1 (see account list).</translation>
    </message>
    <message>
        <source>Account %1: %2 new articles, %3 changes sent.</source>
        <translation>Account %1: %2 new articles, %3 changes sent.</translation>
    </message>
    <message>
        <source>account %1: %2</source>
        <translation>account %1: %2</translation>
    </message>
    <message>
        <source>discover-contact needs one FILE (or - for standard input).</source>
        <translation>discover-contact needs one FILE (or - for standard input).</translation>
    </message>
    <message>
        <source>--url needs an absolute address such as https://example.com/.</source>
        <translation>--url needs an absolute address such as https://example.com/.</translation>
    </message>
    <message>
        <source>contact needs --feed ID (see list feeds).</source>
        <translation>contact needs --feed ID (see list feeds).</translation>
    </message>
    <message>
        <source>There is no feed %1 (see list feeds).</source>
        <translation>There is no feed %1 (see list feeds).</translation>
    </message>
    <message>
        <source>share needs --article ID (see list articles).</source>
        <translation>share needs --article ID (see list articles).</translation>
    </message>
    <message>
        <source>--to needs one of link, whatsapp, telegram, email, x, qr.</source>
        <translation>--to needs one of link, whatsapp, telegram, email, x, qr.</translation>
    </message>
    <message>
        <source>share --to qr needs --out FILE.png.</source>
        <translation>share --to qr needs --out FILE.png.</translation>
    </message>
    <message>
        <source>--out is only for --to qr.</source>
        <translation>--out is only for --to qr.</translation>
    </message>
    <message>
        <source>There is no article %1 (see list articles).</source>
        <translation>There is no article %1 (see list articles).</translation>
    </message>
    <message>
        <source>Article %1 has no web address to share.</source>
        <translation>Article %1 has no web address to share.</translation>
    </message>
    <message>
        <source>The address is too long for a QR code.</source>
        <translation>The address is too long for a QR code.</translation>
    </message>
    <message>
        <source>%1 needs an article id (see list articles).</source>
        <translation>%1 needs an article id (see list articles).</translation>
    </message>
    <message>
        <source>There is no article with id %1.</source>
        <translation>There is no article with id %1.</translation>
    </message>
    <message>
        <source>Cannot change article %1.</source>
        <translation>Cannot change article %1.</translation>
    </message>
    <message>
        <source>--%1 needs a number of days (0 keeps articles for ever).</source>
        <translation>--%1 needs a number of days (0 keeps articles for ever).</translation>
    </message>
    <message>
        <source>Purged %1 old articles.</source>
        <translation>Purged %1 old articles.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit needs a positive number.</translation>
    </message>
    <message>
        <source>search needs the words to look for.</source>
        <translation>search needs the words to look for.</translation>
    </message>
    <message>
        <source>extract needs one FILE (or - for standard input).</source>
        <translation>extract needs one FILE (or - for standard input).</translation>
    </message>
    <message>
        <source>--url needs an absolute URL, not “%1”.</source>
        <translation>--url needs an absolute URL, not “%1”.</translation>
    </message>
    <message>
        <source>--article needs an article id (see list articles).</source>
        <translation>--article needs an article id (see list articles).</translation>
    </message>
    <message>
        <source>There is no article %1.</source>
        <translation>There is no article %1.</translation>
    </message>
    <message>
        <source>related needs --article ID.</source>
        <translation>related needs --article ID.</translation>
    </message>
    <message>
        <source>same story</source>
        <translation>same story</translation>
    </message>
    <message>
        <source>related</source>
        <translation>related</translation>
    </message>
    <message>
        <source>--sentences needs a number from 1 to 100.</source>
        <translation>--sentences needs a number from 1 to 100.</translation>
    </message>
    <message>
        <source>summarize takes either FILE or --article ID, not both.</source>
        <translation>summarize takes either FILE or --article ID, not both.</translation>
    </message>
    <message>
        <source>summarize needs one FILE (or - for standard input) or --article ID.</source>
        <translation>summarize needs one FILE (or - for standard input) or --article ID.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; not summarised.</source>
        <translation>%1 is larger than %2 MB; not summarised.</translation>
    </message>
    <message>
        <source>Article %1 is saved, but its images were not kept: %2</source>
        <translation>Article %1 is saved, but its images were not kept: %2</translation>
    </message>
    <message>
        <source>Saved article %1: %2 of %3 images kept (%4).</source>
        <translation>Saved article %1: %2 of %3 images kept (%4).</translation>
    </message>
    <message>
        <source>Not kept: %1 (%2)</source>
        <translation>Not kept: %1 (%2)</translation>
    </message>
    <message>
        <source>Run “save %1” again later to fetch the missing images.</source>
        <translation>Run “save %1” again later to fetch the missing images.</translation>
    </message>
    <message>
        <source>Article %1 is no longer saved, but some of its kept images could not be removed from %2.</source>
        <translation>Article %1 is no longer saved, but some of its kept images could not be removed from %2.</translation>
    </message>
    <message>
        <source>export needs --out FILE.html.</source>
        <translation>export needs --out FILE.html.</translation>
    </message>
    <message numerus="yes">
        <source>Exported article %1 to %2 (%n image(s) inlined).</source>
        <translation>
            <numerusform>Exported article %1 to %2 (%n image inlined).</numerusform>
            <numerusform>Exported article %1 to %2 (%n images inlined).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>Unknown command “%1” (see khulasa-cli --help).</source>
        <translation>Unknown command “%1” (see khulasa-cli --help).</translation>
    </message>
    <message>
        <source>subscribe to the feed at URL</source>
        <translation>subscribe to the feed at URL</translation>
    </message>
    <message>
        <source>download new articles (all feeds, or the given ones)</source>
        <translation>download new articles (all feeds, or the given ones)</translation>
    </message>
    <message>
        <source>the subscriptions and their state</source>
        <translation>the subscriptions and their state</translation>
    </message>
    <message>
        <source>articles, newest first</source>
        <translation>articles, newest first</translation>
    </message>
    <message>
        <source>parse a feed document and print it as JSON</source>
        <translation>parse a feed document and print it as JSON</translation>
    </message>
    <message>
        <source>subscribe to every feed of an OPML file</source>
        <translation>subscribe to every feed of an OPML file</translation>
    </message>
    <message>
        <source>write the subscriptions as OPML (stdout without FILE)</source>
        <translation>write the subscriptions as OPML (stdout without FILE)</translation>
    </message>
    <message>
        <source>add a Google Reader API account; the password is read from standard input</source>
        <translation>add a Google Reader API account; the password is read from standard input</translation>
    </message>
    <message>
        <source>the accounts and their sync state</source>
        <translation>the accounts and their sync state</translation>
    </message>
    <message>
        <source>remove an account with its feeds and articles</source>
        <translation>remove an account with its feeds and articles</translation>
    </message>
    <message>
        <source>synchronise every account (or the given one)</source>
        <translation>synchronise every account (or the given one)</translation>
    </message>
    <message>
        <source>the publisher's contact channels a saved page yields</source>
        <translation>the publisher's contact channels a saved page yields</translation>
    </message>
    <message>
        <source>a feed's stored contact channels and chat history</source>
        <translation>a feed's stored contact channels and chat history</translation>
    </message>
    <message>
        <source>print the article's share link (qr: write a PNG code)</source>
        <translation>print the article's share link (qr: write a PNG code)</translation>
    </message>
    <message>
        <source>use the profile in DIR (also: KHULASA_PROFILE); accepted anywhere</source>
        <translation>use the profile in DIR (also: KHULASA_PROFILE); accepted anywhere</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>print the version</translation>
    </message>
    <message>
        <source>print this help</source>
        <translation>print this help</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>one article with its content_html and text</source>
        <translation>one article with its content_html and text</translation>
    </message>
    <message>
        <source>mark an article read or unread</source>
        <translation>mark an article read or unread</translation>
    </message>
    <message>
        <source>articles matching words, "phrases" and prefix*, best first</source>
        <translation>articles matching words, "phrases" and prefix*, best first</translation>
    </message>
    <message>
        <source>forget old articles (never saved ones, nor each feed's newest 20)</source>
        <translation>forget old articles (never saved ones, nor each feed's newest 20)</translation>
    </message>
    <message>
        <source>print the article in a saved web page as JSON</source>
        <translation>print the article in a saved web page as JSON</translation>
    </message>
    <message>
        <source>the key sentences of an HTML or text file (- for stdin) or of a stored article, one per line, in text order</source>
        <translation>the key sentences of an HTML or text file (- for stdin) or of a stored article, one per line, in text order</translation>
    </message>
    <message>
        <source>the same story elsewhere and related articles</source>
        <translation>the same story elsewhere and related articles</translation>
    </message>
    <message>
        <source>keep an article for ever (never purged) with its images for reading offline, or not</source>
        <translation>keep an article for ever (never purged) with its images for reading offline, or not</translation>
    </message>
    <message>
        <source>write an article as one HTML file, its kept images inside</source>
        <translation>write an article as one HTML file, its kept images inside</translation>
    </message>
</context>
<context>
    <name>ContactChannelsDialog</name>
    <message>
        <source>Publisher Contacts</source>
        <translation>Publisher Contacts</translation>
    </message>
    <message>
        <source>How to reach this publisher. Khulasa finds some on the publisher's site; what you add or change here is kept.</source>
        <translation>How to reach this publisher. Khulasa finds some on the publisher's site; what you add or change here is kept.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Number or address:</source>
        <translation>&amp;Number or address:</translation>
    </message>
    <message>
        <source>&amp;Greeting:</source>
        <translation>&amp;Greeting:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>&amp;Save Changes</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Contacts of %1</source>
        <translation>Contacts of %1</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Contact page</source>
        <translation>Contact page</translation>
    </message>
    <message>
        <source>For example +966 50 123 4567</source>
        <translation>For example +966 50 123 4567</translation>
    </message>
    <message>
        <source>added by you</source>
        <translation>added by you</translation>
    </message>
    <message>
        <source>found on the site</source>
        <translation>found on the site</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Open the publisher's site</source>
        <translation>Open the publisher's site</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Contact and share</source>
        <translation>Contact and share</translation>
    </message>
    <message>
        <source>Contact the publisher</source>
        <translation>Contact the publisher</translation>
    </message>
    <message>
        <source>Select an article to see how to reach its publisher.</source>
        <translation>Select an article to see how to reach its publisher.</translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation>Link copied</translation>
    </message>
    <message>
        <source>&amp;Contact Panel</source>
        <translation>&amp;Contact Panel</translation>
    </message>
    <message>
        <source>No way to reach this publisher is known yet. Khulasa looks for one on the publisher's site; you can also add one yourself.</source>
        <translation>No way to reach this publisher is known yet. Khulasa looks for one on the publisher's site; you can also add one yourself.</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation>Open chat</translation>
    </message>
    <message>
        <source>Scan the code</source>
        <translation>Scan the code</translation>
    </message>
    <message>
        <source>Continue on your phone: scan the code with its camera</source>
        <translation>Continue on your phone: scan the code with its camera</translation>
    </message>
    <message>
        <source>Save image…</source>
        <translation>Save image…</translation>
    </message>
    <message>
        <source>Edit contacts…</source>
        <translation>Edit contacts…</translation>
    </message>
    <message>
        <source>Chats opened from Khulasa</source>
        <translation>Chats opened from Khulasa</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Contact page</source>
        <translation>Contact page</translation>
    </message>
    <message>
        <source>No application on this computer opens %1 links.</source>
        <translation>No application on this computer opens %1 links.</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>QR code of %1</translation>
    </message>
    <message>
        <source>Contact panel: this publisher can be reached</source>
        <translation>Contact panel: this publisher can be reached</translation>
    </message>
    <message>
        <source>Contact panel</source>
        <translation>Contact panel</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No password is stored for this entry.</source>
        <translation>No password is stored for this entry.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>The system keychain refused access: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the password was not stored. Start a Secret Service (such as GNOME Keyring or KWallet) and try again.</source>
        <translation>No system keychain is available, so the password was not stored. Start a Secret Service (such as GNOME Keyring or KWallet) and try again.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>The system keychain failed: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>The system keychain is not available.</translation>
    </message>
    <message>
        <source>Khulasa is closing.</source>
        <translation>Khulasa is closing.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Khulasa database or is damaged: %2</source>
        <translation>%1 is not a Khulasa database or is damaged: %2</translation>
    </message>
    <message>
        <source>%1 belongs to another application; it was left untouched.</source>
        <translation>%1 belongs to another application; it was left untouched.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Khulasa (schema %2, this version knows %3). It was left untouched; please update Khulasa.</source>
        <translation>%1 was written by a newer version of Khulasa (schema %2, this version knows %3). It was left untouched; please update Khulasa.</translation>
    </message>
    <message>
        <source>Cannot configure the database: %1</source>
        <translation>Cannot configure the database: %1</translation>
    </message>
    <message>
        <source>Cannot back up the database before upgrading it: %1</source>
        <translation>Cannot back up the database before upgrading it: %1</translation>
    </message>
    <message>
        <source>The schema step %1 is missing from this build.</source>
        <translation>The schema step %1 is missing from this build.</translation>
    </message>
    <message>
        <source>Cannot start the schema upgrade: %1</source>
        <translation>Cannot start the schema upgrade: %1</translation>
    </message>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation>Schema step %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot record the schema version: %1</source>
        <translation>Cannot record the schema version: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the search functions of the database %1.</source>
        <translation>Cannot prepare the search functions of the database %1.</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index: %1</source>
        <translation>Cannot rebuild the search index: %1</translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the server stopped sending data for %1 seconds</source>
        <translation>the server stopped sending data for %1 seconds</translation>
    </message>
    <message>
        <source>the download took longer than %1 seconds</source>
        <translation>the download took longer than %1 seconds</translation>
    </message>
    <message>
        <source>the feed is larger than %1 MB</source>
        <translation>the feed is larger than %1 MB</translation>
    </message>
    <message>
        <source>the server sent an empty response</source>
        <translation>the server sent an empty response</translation>
    </message>
    <message>
        <source>a redirect tried to leave HTTPS</source>
        <translation>a redirect tried to leave HTTPS</translation>
    </message>
    <message>
        <source>only http and https addresses can be fetched</source>
        <translation>only http and https addresses can be fetched</translation>
    </message>
    <message>
        <source>the server asked us to wait until %1 before asking again</source>
        <translation>the server asked us to wait until %1 before asking again</translation>
    </message>
    <message>
        <source>the server sent no HTTP response</source>
        <translation>the server sent no HTTP response</translation>
    </message>
    <message>
        <source>next attempt after %1</source>
        <translation>next attempt after %1</translation>
    </message>
    <message>
        <source>the server redirected to an address that cannot be fetched</source>
        <translation>the server redirected to an address that cannot be fetched</translation>
    </message>
    <message>
        <source>redirect loop</source>
        <translation>redirect loop</translation>
    </message>
    <message>
        <source>too many redirects (more than %1)</source>
        <translation>too many redirects (more than %1)</translation>
    </message>
</context>
<context>
    <name>FeedListMenu</name>
    <message>
        <source>&amp;Refresh This Feed</source>
        <translation>&amp;Refresh This Feed</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Properties…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe…</source>
        <translation>&amp;Unsubscribe…</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Unsubscribe</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1”? Its articles are removed, saved ones included.</source>
        <translation>Unsubscribe from “%1”? Its articles are removed, saved ones included.</translation>
    </message>
    <message>
        <source>&amp;Mark All as Read</source>
        <translation>&amp;Mark All as Read</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” here and on its sync server? Its articles are removed, saved ones included.</source>
        <translation>Unsubscribe from “%1” here and on its sync server? Its articles are removed, saved ones included.</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Feed Properties</source>
        <translation>Feed Properties</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>&amp;Text direction:</source>
        <translation>&amp;Text direction:</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Refresh every:</translation>
    </message>
    <message>
        <source>Login (for feeds that need one)</source>
        <translation>Login (for feeds that need one)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Automatic (from the text)</source>
        <translation>Automatic (from the text)</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Right to left</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Left to right</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a file.</source>
        <translation>The password is kept in the system keychain, never in a file.</translation>
    </message>
    <message>
        <source>No system keychain is available: passwords cannot be stored.</source>
        <translation>No system keychain is available: passwords cannot be stored.</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>Enter the password for %1.</translation>
    </message>
    <message>
        <source>&amp;Notify me of new articles</source>
        <translation>&amp;Notify me of new articles</translation>
    </message>
    <message>
        <source>&amp;Load full articles:</source>
        <translation>&amp;Load full articles:</translation>
    </message>
    <message>
        <source>For feeds that send only a teaser: fetch each article's web page and keep only the story</source>
        <translation>For feeds that send only a teaser: fetch each article's web page and keep only the story</translation>
    </message>
    <message>
        <source>Never (show what the feed sends)</source>
        <translation>Never (show what the feed sends)</translation>
    </message>
    <message>
        <source>When I ask (View menu)</source>
        <translation>When I ask (View menu)</translation>
    </message>
    <message>
        <source>Always, after each refresh</source>
        <translation>Always, after each refresh</translation>
    </message>
</context>
<context>
    <name>FeedTreeModel</name>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last refresh failed: %1</source>
        <translation>Last refresh failed: %1</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Last checked: %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to Khulasa — أهلاً بك في خلاصة</source>
        <translation>Welcome to Khulasa — أهلاً بك في خلاصة</translation>
    </message>
</context>
<context>
    <name>FullArticleController</name>
    <message>
        <source>Load &amp;Full Article</source>
        <translation>Load &amp;Full Article</translation>
    </message>
    <message>
        <source>Fetch the article's web page and show the whole story instead of the feed's teaser</source>
        <translation>Fetch the article's web page and show the whole story instead of the feed's teaser</translation>
    </message>
    <message>
        <source>Turn on “Load full articles” in the feed's properties first</source>
        <translation>Turn on “Load full articles” in the feed's properties first</translation>
    </message>
    <message>
        <source>Loading the full article…</source>
        <translation>Loading the full article…</translation>
    </message>
    <message>
        <source>Full article not loaded: %1</source>
        <translation>Full article not loaded: %1</translation>
    </message>
</context>
<context>
    <name>FullArticleLoader</name>
    <message>
        <source>The article is no longer stored.</source>
        <translation>The article is no longer stored.</translation>
    </message>
    <message>
        <source>The article has no web page to load.</source>
        <translation>The article has no web page to load.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>The server answered %1.</translation>
    </message>
    <message>
        <source>The article's address is not a web page (%1).</source>
        <translation>The article's address is not a web page (%1).</translation>
    </message>
    <message>
        <source>The article could not be saved.</source>
        <translation>The article could not be saved.</translation>
    </message>
</context>
<context>
    <name>GReaderClient</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>the answer is larger than %1 MB</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>no answer within %1 seconds</translation>
    </message>
    <message>
        <source>The sync was interrupted because Khulasa is closing; it goes on next time.</source>
        <translation>The sync was interrupted because Khulasa is closing; it goes on next time.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed, so nothing was sent: %2</source>
        <translation>The secure connection to %1 failed, so nothing was sent: %2</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached: %2</source>
        <translation>The server at %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>The server refused the login (HTTP %1). Check the user name and the password (for FreshRSS, the API password set in its profile).</source>
        <translation>The server refused the login (HTTP %1). Check the user name and the password (for FreshRSS, the API password set in its profile).</translation>
    </message>
    <message>
        <source>The server does not offer %1 (HTTP %2): it implements only part of the Google Reader API.</source>
        <translation>The server does not offer %1 (HTTP %2): it implements only part of the Google Reader API.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 to %2.</source>
        <translation>The server answered HTTP %1 to %2.</translation>
    </message>
    <message>
        <source>The server's login answer holds no auth token.</source>
        <translation>The server's login answer holds no auth token.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (it must start with https:// or http://).</source>
        <translation>“%1” is not a web address (it must start with https:// or http://).</translation>
    </message>
    <message>
        <source>No keychain is available for the account's password.</source>
        <translation>No keychain is available for the account's password.</translation>
    </message>
    <message>
        <source>The account's password is not in the keychain; remove the account and add it again.</source>
        <translation>The account's password is not in the keychain; remove the account and add it again.</translation>
    </message>
    <message>
        <source>The server's answer to %1 is not the JSON the Google Reader API describes (%2).</source>
        <translation>The server's answer to %1 is not the JSON the Google Reader API describes (%2).</translation>
    </message>
</context>
<context>
    <name>HeadlessRender</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a feed: %2</source>
        <translation>%1 is not a feed: %2</translation>
    </message>
    <message numerus="yes">
        <source>Entry %1 does not exist: %2 has %n entries (numbered from 0).</source>
        <translation>
            <numerusform>Entry %1 does not exist: %2 has %n entry (numbered from 0).</numerusform>
            <numerusform>Entry %1 does not exist: %2 has %n entries (numbered from 0).</numerusform>
        </translation>
    </message>
    <message>
        <source>The article did not finish loading within a minute.</source>
        <translation>The article did not finish loading within a minute.</translation>
    </message>
    <message>
        <source>The article could not be shown.</source>
        <translation>The article could not be shown.</translation>
    </message>
    <message>
        <source>Nothing was rendered.</source>
        <translation>Nothing was rendered.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Cannot write the screenshot %1.</translation>
    </message>
    <message>
        <source>--render needs --screenshot OUT.png.</source>
        <translation>--render needs --screenshot OUT.png.</translation>
    </message>
</context>
<context>
    <name>HttpWords</name>
    <message>
        <source>the server rejected the request (400)</source>
        <translation>the server rejected the request (400)</translation>
    </message>
    <message>
        <source>authentication required (401)</source>
        <translation>authentication required (401)</translation>
    </message>
    <message>
        <source>access forbidden (403)</source>
        <translation>access forbidden (403)</translation>
    </message>
    <message>
        <source>not found (404)</source>
        <translation>not found (404)</translation>
    </message>
    <message>
        <source>the feed is gone for good (410)</source>
        <translation>the feed is gone for good (410)</translation>
    </message>
    <message>
        <source>too many requests (429)</source>
        <translation>too many requests (429)</translation>
    </message>
    <message>
        <source>server error (500)</source>
        <translation>server error (500)</translation>
    </message>
    <message>
        <source>bad gateway (502)</source>
        <translation>bad gateway (502)</translation>
    </message>
    <message>
        <source>service unavailable (503)</source>
        <translation>service unavailable (503)</translation>
    </message>
    <message>
        <source>gateway timeout (504)</source>
        <translation>gateway timeout (504)</translation>
    </message>
    <message>
        <source>server error (%1)</source>
        <translation>server error (%1)</translation>
    </message>
    <message>
        <source>the server answered with status %1</source>
        <translation>the server answered with status %1</translation>
    </message>
    <message>
        <source>certificate not trusted: self-signed</source>
        <translation>certificate not trusted: self-signed</translation>
    </message>
    <message>
        <source>certificate not trusted: expired</source>
        <translation>certificate not trusted: expired</translation>
    </message>
    <message>
        <source>certificate not trusted: not valid yet</source>
        <translation>certificate not trusted: not valid yet</translation>
    </message>
    <message>
        <source>certificate not trusted: issued for another site</source>
        <translation>certificate not trusted: issued for another site</translation>
    </message>
    <message>
        <source>certificate not trusted: revoked</source>
        <translation>certificate not trusted: revoked</translation>
    </message>
    <message>
        <source>certificate not trusted: unknown issuer</source>
        <translation>certificate not trusted: unknown issuer</translation>
    </message>
    <message>
        <source>certificate not trusted: %1</source>
        <translation>certificate not trusted: %1</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>the secure connection failed</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>the server refused the connection</translation>
    </message>
    <message>
        <source>the server closed the connection before the feed was complete</source>
        <translation>the server closed the connection before the feed was complete</translation>
    </message>
    <message>
        <source>the server's name could not be found (offline?)</source>
        <translation>the server's name could not be found (offline?)</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>the connection timed out</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>the network is not available</translation>
    </message>
    <message>
        <source>only http and https addresses can be fetched</source>
        <translation>only http and https addresses can be fetched</translation>
    </message>
    <message>
        <source>the proxy could not be reached</source>
        <translation>the proxy could not be reached</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Khulasa</source>
        <translation>Khulasa</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Refreshing %v/%m</source>
        <translation>Refreshing %v/%m</translation>
    </message>
    <message>
        <source>Select an article to read it here.</source>
        <translation>Select an article to read it here.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Feed added</source>
        <translation>Feed added</translation>
    </message>
    <message>
        <source>Refresh finished</source>
        <translation>Refresh finished</translation>
    </message>
    <message>
        <source>About Khulasa</source>
        <translation>About Khulasa</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Khulasa %1&lt;/h3&gt;&lt;p&gt;A desktop news reader built first for Arabic readers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Khulasa %1&lt;/h3&gt;&lt;p&gt;A desktop news reader built first for Arabic readers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>Import Subscriptions</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML files (*.opml *.xml);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feed(s)</source>
        <translation>
            <numerusform>Imported %n feed</numerusform>
            <numerusform>Imported %n feeds</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Subscriptions</source>
        <translation>Export Subscriptions</translation>
    </message>
    <message>
        <source>OPML files (*.opml)</source>
        <translation>OPML files (*.opml)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Subscriptions exported</source>
        <translation>Subscriptions exported</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Back online</translation>
    </message>
    <message>
        <source>Offline: refreshing is paused</source>
        <translation>Offline: refreshing is paused</translation>
    </message>
    <message>
        <source>Article columns</source>
        <translation>Article columns</translation>
    </message>
</context>
<context>
    <name>MainWindowActions</name>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>&amp;Add Feed…</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Refresh All</translation>
    </message>
    <message>
        <source>&amp;Stop Refreshing</source>
        <translation>&amp;Stop Refreshing</translation>
    </message>
    <message>
        <source>Mark as &amp;Read/Unread</source>
        <translation>Mark as &amp;Read/Unread</translation>
    </message>
    <message>
        <source>&amp;Save/Unsave</source>
        <translation>&amp;Save/Unsave</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copy Link</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>&amp;Open Original</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Khulasa</source>
        <translation>&amp;About Khulasa</translation>
    </message>
    <message>
        <source>&amp;Import Subscriptions (OPML)…</source>
        <translation>&amp;Import Subscriptions (OPML)…</translation>
    </message>
    <message>
        <source>&amp;Export Subscriptions (OPML)…</source>
        <translation>&amp;Export Subscriptions (OPML)…</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>&amp;Next Article</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>&amp;Previous Article</translation>
    </message>
    <message>
        <source>Next &amp;Unread Article</source>
        <translation>Next &amp;Unread Article</translation>
    </message>
    <message>
        <source>Previous U&amp;nread Article</source>
        <translation>Previous U&amp;nread Article</translation>
    </message>
    <message>
        <source>Page Down, Then Next Article</source>
        <translation>Page Down, Then Next Article</translation>
    </message>
    <message>
        <source>Back to &amp;Top</source>
        <translation>Back to &amp;Top</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>&amp;Print Article…</source>
        <translation>&amp;Print Article…</translation>
    </message>
    <message>
        <source>Export Article to P&amp;DF…</source>
        <translation>Export Article to P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Keyboard Shortcuts…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>S&amp;hare</translation>
    </message>
    <message>
        <source>&amp;Find Articles…</source>
        <translation>&amp;Find Articles…</translation>
    </message>
    <message>
        <source>Show &amp;Other Sources of This Story</source>
        <translation>Show &amp;Other Sources of This Story</translation>
    </message>
    <message>
        <source>&amp;Group Same Story</source>
        <translation>&amp;Group Same Story</translation>
    </message>
</context>
<context>
    <name>OpmlDocument</name>
    <message>
        <source>The OPML file is larger than %1 MB.</source>
        <translation>The OPML file is larger than %1 MB.</translation>
    </message>
    <message>
        <source>The OPML file declares entities, which are not accepted.</source>
        <translation>The OPML file declares entities, which are not accepted.</translation>
    </message>
    <message>
        <source>This is not an OPML file (its root element is &lt;%1&gt;).</source>
        <translation>This is not an OPML file (its root element is &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The OPML file nests folders too deeply.</source>
        <translation>The OPML file nests folders too deeply.</translation>
    </message>
    <message>
        <source>The OPML file lists more than %1 feeds.</source>
        <translation>The OPML file lists more than %1 feeds.</translation>
    </message>
    <message>
        <source>The OPML file cannot be read: %1 (line %2).</source>
        <translation>The OPML file cannot be read: %1 (line %2).</translation>
    </message>
    <message>
        <source>This is not an OPML file.</source>
        <translation>This is not an OPML file.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Cannot create the profile folder %1</source>
        <translation>Cannot create the profile folder %1</translation>
    </message>
</context>
<context>
    <name>QrCodeDialog</name>
    <message>
        <source>Scan the Code</source>
        <translation>Scan the Code</translation>
    </message>
    <message>
        <source>Scan this code with your phone's camera to open the article there.</source>
        <translation>Scan this code with your phone's camera to open the article there.</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>QR code of %1</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copy Image</translation>
    </message>
    <message>
        <source>&amp;Save Image…</source>
        <translation>&amp;Save Image…</translation>
    </message>
    <message>
        <source>Save Image</source>
        <translation>Save Image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>QrPng</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ReadingNavigator</name>
    <message>
        <source>Article exported to %1</source>
        <translation>Article exported to %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Article &amp;Theme</source>
        <translation>Article &amp;Theme</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Follow the &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>S&amp;epia</translation>
    </message>
    <message>
        <source>Article &amp;Font…</source>
        <translation>Article &amp;Font…</translation>
    </message>
    <message>
        <source>&amp;Justify Paragraphs</source>
        <translation>&amp;Justify Paragraphs</translation>
    </message>
    <message>
        <source>&amp;Images in Articles</source>
        <translation>&amp;Images in Articles</translation>
    </message>
    <message>
        <source>&amp;Always Load</source>
        <translation>&amp;Always Load</translation>
    </message>
    <message>
        <source>&amp;Never Load</source>
        <translation>&amp;Never Load</translation>
    </message>
    <message>
        <source>Load for Chosen &amp;Feeds Only</source>
        <translation>Load for Chosen &amp;Feeds Only</translation>
    </message>
    <message>
        <source>Load Images for &amp;This Feed</source>
        <translation>Load Images for &amp;This Feed</translation>
    </message>
    <message>
        <source>&amp;Mark Articles as Read</source>
        <translation>&amp;Mark Articles as Read</translation>
    </message>
    <message>
        <source>When &amp;Opened</source>
        <translation>When &amp;Opened</translation>
    </message>
    <message numerus="yes">
        <source>After %n Second(s)</source>
        <translation>
            <numerusform>After %n Second</numerusform>
            <numerusform>After %n Seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>No more unread articles</source>
        <translation>No more unread articles</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>Export Article to PDF</source>
        <translation>Export Article to PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Article Font</source>
        <translation>Article Font</translation>
    </message>
</context>
<context>
    <name>Refresher</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Cannot purge old articles: %1</source>
        <translation>Cannot purge old articles: %1</translation>
    </message>
</context>
<context>
    <name>SavedArticleController</name>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Export as &amp;HTML…</translation>
    </message>
    <message>
        <source>Write the article as one HTML file with its saved images inside</source>
        <translation>Write the article as one HTML file with its saved images inside</translation>
    </message>
    <message>
        <source>Keeping the article's images for reading offline…</source>
        <translation>Keeping the article's images for reading offline…</translation>
    </message>
    <message>
        <source>Some of the article's saved images could not be removed.</source>
        <translation>Some of the article's saved images could not be removed.</translation>
    </message>
    <message>
        <source>Saved, but its images were not kept: %1</source>
        <translation>Saved, but its images were not kept: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved for reading offline with %n image(s) (%1).</source>
        <translation>
            <numerusform>Saved for reading offline with %n image (%1).</numerusform>
            <numerusform>Saved for reading offline with %n images (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved, but %n image(s) could not be kept (retried later): %1</source>
        <translation>
            <numerusform>Saved, but %n image could not be kept (retried later): %1</numerusform>
            <numerusform>Saved, but %n images could not be kept (retried later): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Article as HTML</source>
        <translation>Export Article as HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Web pages (*.html *.htm)</translation>
    </message>
    <message>
        <source>Article exported to %1</source>
        <translation>Article exported to %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>SavedImageFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>the folder cannot be created</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Type a word to search for (letters or digits).</source>
        <translation>Type a word to search for (letters or digits).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Article &amp;theme:</source>
        <translation>Article &amp;theme:</translation>
    </message>
    <message>
        <source>Article &amp;font:</source>
        <translation>Article &amp;font:</translation>
    </message>
    <message>
        <source>&amp;Built-in Arabic and Latin fonts</source>
        <translation>&amp;Built-in Arabic and Latin fonts</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Font &amp;size:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Justify paragraphs</source>
        <translation>&amp;Justify paragraphs</translation>
    </message>
    <message>
        <source>List &amp;density:</source>
        <translation>List &amp;density:</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>&amp;Keep running in the system tray when the window is closed</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>&amp;Mark articles as read:</source>
        <translation>&amp;Mark articles as read:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>when opened</source>
        <translation>when opened</translation>
    </message>
    <message>
        <source>&amp;Images in articles:</source>
        <translation>&amp;Images in articles:</translation>
    </message>
    <message>
        <source>Text &amp;direction of feeds set to automatic:</source>
        <translation>Text &amp;direction of feeds set to automatic:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Refresh feeds &amp;every:</source>
        <translation>Refresh feeds &amp;every:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh all feeds when Khulasa &amp;starts</source>
        <translation>Refresh all feeds when Khulasa &amp;starts</translation>
    </message>
    <message>
        <source>Downloads at &amp;once:</source>
        <translation>Downloads at &amp;once:</translation>
    </message>
    <message>
        <source>Downloads from one &amp;site at once:</source>
        <translation>Downloads from one &amp;site at once:</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Cache:</translation>
    </message>
    <message>
        <source>&amp;Clear Cache</source>
        <translation>&amp;Clear Cache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language of the interface:</source>
        <translation>&amp;Language of the interface:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Feeds with a &amp;login:</source>
        <translation>Feeds with a &amp;login:</translation>
    </message>
    <message>
        <source>&amp;Forget Password</source>
        <translation>&amp;Forget Password</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Comfortable</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <source>Always load</source>
        <translation>Always load</translation>
    </message>
    <message>
        <source>Never load</source>
        <translation>Never load</translation>
    </message>
    <message>
        <source>Load for chosen feeds only</source>
        <translation>Load for chosen feeds only</translation>
    </message>
    <message>
        <source>From the text of each article</source>
        <translation>From the text of each article</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Right to left</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Left to right</translation>
    </message>
    <message>
        <source>The window is rebuilt in the chosen language at once.</source>
        <translation>The window is rebuilt in the chosen language at once.</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Measuring…</translation>
    </message>
    <message>
        <source>Clear Cache</source>
        <translation>Clear Cache</translation>
    </message>
    <message>
        <source>Remove the downloaded feed icons and other cached copies? Saved articles and their images are kept.</source>
        <translation>Remove the downloaded feed icons and other cached copies? Saved articles and their images are kept.</translation>
    </message>
    <message>
        <source>This build of Khulasa has no keychain support; feed passwords cannot be kept.</source>
        <translation>This build of Khulasa has no keychain support; feed passwords cannot be kept.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Checking the system keychain…</translation>
    </message>
    <message>
        <source>Passwords and account tokens are kept in the system keychain.</source>
        <translation>Passwords and account tokens are kept in the system keychain.</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1. Feeds that need a password cannot be refreshed.</source>
        <translation>The system keychain is not available: %1. Feeds that need a password cannot be refreshed.</translation>
    </message>
    <message>
        <source>No feed asks for a login.</source>
        <translation>No feed asks for a login.</translation>
    </message>
    <message>
        <source>Forget Password</source>
        <translation>Forget Password</translation>
    </message>
    <message>
        <source>%1 (user: %2)</source>
        <translation>%1 (user: %2)</translation>
    </message>
    <message>
        <source>Arabic-Indic &amp;digits in the Arabic interface</source>
        <translation>Arabic-Indic &amp;digits in the Arabic interface</translation>
    </message>
    <message>
        <source>Keep &amp;read articles for:</source>
        <translation>Keep &amp;read articles for:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>for ever</source>
        <translation>for ever</translation>
    </message>
    <message>
        <source>Keep &amp;unread articles for:</source>
        <translation>Keep &amp;unread articles for:</translation>
    </message>
    <message>
        <source>Saved articles and the newest 20 of each feed are always kept.</source>
        <translation>Saved articles and the newest 20 of each feed are always kept.</translation>
    </message>
    <message>
        <source>&amp;Group reports of the same story from several sources into one row</source>
        <translation>&amp;Group reports of the same story from several sources into one row</translation>
    </message>
</context>
<context>
    <name>ShareMenu</name>
    <message>
        <source>S&amp;hare</source>
        <translation>S&amp;hare</translation>
    </message>
    <message>
        <source>Copy &amp;Title and Link</source>
        <translation>Copy &amp;Title and Link</translation>
    </message>
    <message>
        <source>&amp;QR Code…</source>
        <translation>&amp;QR Code…</translation>
    </message>
    <message>
        <source>By &amp;E-mail…</source>
        <translation>By &amp;E-mail…</translation>
    </message>
    <message>
        <source>On &amp;WhatsApp…</source>
        <translation>On &amp;WhatsApp…</translation>
    </message>
    <message>
        <source>On Tele&amp;gram…</source>
        <translation>On Tele&amp;gram…</translation>
    </message>
    <message>
        <source>On &amp;X…</source>
        <translation>On &amp;X…</translation>
    </message>
    <message>
        <source>Title and link copied</source>
        <translation>Title and link copied</translation>
    </message>
    <message>
        <source>No application on this computer opens %1 links.</source>
        <translation>No application on this computer opens %1 links.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. Single keys work while the article list or the article has the focus.</source>
        <translation>Click a shortcut and press the new keys. Single keys work while the article list or the article has the focus.</translation>
    </message>
</context>
<context>
    <name>StandaloneArticle</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Original article</source>
        <translation>Original article</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>A folder needs a name.</source>
        <translation>A folder needs a name.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (it must start with http:// or https://).</source>
        <translation>“%1” is not a web address (it must start with http:// or https://).</translation>
    </message>
    <message>
        <source>You are already subscribed to %1.</source>
        <translation>You are already subscribed to %1.</translation>
    </message>
    <message>
        <source>Cannot add the feed: %1</source>
        <translation>Cannot add the feed: %1</translation>
    </message>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>Cannot write to the database: %1</translation>
    </message>
    <message>
        <source>Cannot store the articles: %1</source>
        <translation>Cannot store the articles: %1</translation>
    </message>
    <message>
        <source>There is already an account for %1 on %2 (id %3).</source>
        <translation>There is already an account for %1 on %2 (id %3).</translation>
    </message>
    <message>
        <source>Cannot add the account: %1</source>
        <translation>Cannot add the account: %1</translation>
    </message>
    <message>
        <source>Cannot add the feed %1: %2</source>
        <translation>Cannot add the feed %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the server's read and starred state: %1</source>
        <translation>Cannot store the server's read and starred state: %1</translation>
    </message>
    <message>
        <source>Cannot save the contact: %1</source>
        <translation>Cannot save the contact: %1</translation>
    </message>
    <message>
        <source>Cannot save the contacts: %1</source>
        <translation>Cannot save the contacts: %1</translation>
    </message>
    <message>
        <source>The contact is empty.</source>
        <translation>The contact is empty.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>That contact no longer exists.</translation>
    </message>
    <message>
        <source>Cannot record the chat: %1</source>
        <translation>Cannot record the chat: %1</translation>
    </message>
    <message>
        <source>Cannot start writing the story index: %1</source>
        <translation>Cannot start writing the story index: %1</translation>
    </message>
    <message>
        <source>Cannot write the story index: %1</source>
        <translation>Cannot write the story index: %1</translation>
    </message>
    <message>
        <source>Cannot record the saved copy: %1</source>
        <translation>Cannot record the saved copy: %1</translation>
    </message>
</context>
<context>
    <name>StoryClusterProxy</name>
    <message numerus="yes">
        <source>+%n source(s)</source>
        <translation>
            <numerusform>+%n source</numerusform>
            <numerusform>+%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The same story from %n other source(s). Click the badge to show them.</source>
        <translation>
            <numerusform>The same story from %n other source. Click the badge to show it.</numerusform>
            <numerusform>The same story from %n other sources. Click the badge to show them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Subscriber</name>
    <message>
        <source>“%1” is not a web address (it must start with http:// or https://).</source>
        <translation>“%1” is not a web address (it must start with http:// or https://).</translation>
    </message>
    <message>
        <source>You are already subscribed to %1.</source>
        <translation>You are already subscribed to %1.</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>Cannot add %1: %2</translation>
    </message>
    <message>
        <source>No feed found at %1: %2</source>
        <translation>No feed found at %1: %2</translation>
    </message>
    <message>
        <source>No feed found at %1: the page does not advertise one.</source>
        <translation>No feed found at %1: the page does not advertise one.</translation>
    </message>
</context>
<context>
    <name>SummarySidebar</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Key points</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Originally published at:</source>
        <translation>Originally published at:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Published:</translation>
    </message>
    <message>
        <source>Hijri date:</source>
        <translation>Hijri date:</translation>
    </message>
    <message>
        <source>Reading time:</source>
        <translation>Reading time:</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;Hijri Date</source>
        <translation>Show &amp;Hijri Date</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Author:</translation>
    </message>
    <message>
        <source>Same story elsewhere</source>
        <translation>Same story elsewhere</translation>
    </message>
    <message>
        <source>Related articles</source>
        <translation>Related articles</translation>
    </message>
    <message>
        <source>Finding the key points…</source>
        <translation>Finding the key points…</translation>
    </message>
    <message>
        <source>Looking for other reports…</source>
        <translation>Looking for other reports…</translation>
    </message>
    <message>
        <source>This article is too short for key points.</source>
        <translation>This article is too short for key points.</translation>
    </message>
    <message>
        <source>No other report of this story yet.</source>
        <translation>No other report of this story yet.</translation>
    </message>
    <message>
        <source>No related articles yet.</source>
        <translation>No related articles yet.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <source>Sync with your accounts (FreshRSS, Miniflux, Inoreader …)</source>
        <translation>Sync with your accounts (FreshRSS, Miniflux, Inoreader …)</translation>
    </message>
    <message>
        <source>Sync A&amp;ccounts…</source>
        <translation>Sync A&amp;ccounts…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1: %n new article(s).</source>
        <translation>
            <numerusform>Synced %1: %n new article.</numerusform>
            <numerusform>Synced %1: %n new articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>Sync of %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The account needs a user name.</source>
        <translation>The account needs a user name.</translation>
    </message>
    <message>
        <source>The account needs a password.</source>
        <translation>The account needs a password.</translation>
    </message>
    <message>
        <source>No system keychain is available to keep the password.</source>
        <translation>No system keychain is available to keep the password.</translation>
    </message>
    <message>
        <source>There is already an account for %1 on %2 (id %3).</source>
        <translation>There is already an account for %1 on %2 (id %3).</translation>
    </message>
    <message>
        <source>There is no account with id %1 (see account list).</source>
        <translation>There is no account with id %1 (see account list).</translation>
    </message>
    <message>
        <source>Cannot remove the account %1.</source>
        <translation>Cannot remove the account %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s); they stay queued and are tried again later.</source>
        <translation>
            <numerusform>The server refused %n change; it stays queued and is tried again later.</numerusform>
            <numerusform>The server refused %n changes; they stay queued and are tried again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync was interrupted because Khulasa is closing; it goes on next time.</source>
        <translation>The sync was interrupted because Khulasa is closing; it goes on next time.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show Khulasa</source>
        <translation>Show Khulasa</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s) in %1</source>
        <translation>
            <numerusform>%n new article in %1</numerusform>
            <numerusform>%n new articles in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Khulasa: %n unread</source>
        <translation>
            <numerusform>Khulasa: %n unread</numerusform>
            <numerusform>Khulasa: %n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>New articles</source>
        <translation>New articles</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Khulasa cannot open its database</source>
        <translation>Khulasa cannot open its database</translation>
    </message>
    <message>
        <source>--entry and --width take numbers; --theme takes light, dark or sepia.</source>
        <translation>--entry and --width take numbers; --theme takes light, dark or sepia.</translation>
    </message>
</context>
</TS>