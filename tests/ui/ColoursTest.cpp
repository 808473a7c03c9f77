// SPDX-License-Identifier: GPL-3.0-or-later
// The window's colours held to WCAG 2.1 AA on the system's light palette, a dark one and high
// contrast, and the window following the system's palette and font size.
#include "tests/ui/UiTestSupport.h"

#include "core/forum/NewForum.h"
#include "core/storage/Table.h"
#include "ui/live/LiveText.h"
#include "ui/members/MemberTableModel.h"
#include "ui/settings/Preferences.h"
#include "ui/widgets/Colours.h"
#include "ui/window/ForumWorkspace.h"
#include "ui/window/MainWindow.h"
#include "ui/window/PreferencesDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>

#include <catch2/catch.hpp>

using namespace forumdesk;
using colours::Tone;

namespace {

const Tone kTones[] = {Tone::Good, Tone::Caution, Tone::Bad, Tone::Muted};

const char *toneName(Tone tone)
{
    switch (tone) {
    case Tone::Good: return "good";
    case Tone::Caution: return "caution";
    case Tone::Bad: return "bad";
    case Tone::Muted: return "muted";
    }
    return "";
}

// A dark desktop theme as a system gives it, with its selection too weak for white text.
QPalette darkSystem()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda));
    return p;
}

// Restores the palette and font the tests started with.
struct KeepLooks {
    QPalette palette = QApplication::palette();
    QFont font = QApplication::font();
    ~KeepLooks()
    {
        colours::applyPalette(false); // also forgets that high contrast was applied
        QApplication::setPalette(palette);
        QApplication::setFont(font);
        QApplication::processEvents();
    }
};

// A new forum in `folder`, open in `window`.
void openNewForum(MainWindow &window, test::TempFolder &folder)
{
    const QString path = folder.file(QStringLiteral("foro.ogpforum"));
    createForum(path, QStringLiteral("Foro"), QStringLiteral("es"));
    REQUIRE(test::openAndWait(window, path));
}

} // namespace

TEST_CASE("Contrast ratios are WCAG 2.1's", "[ui][accessibility][colours]")
{
    CHECK(colours::contrastRatio(Qt::black, Qt::white) == Approx(21.0));
    CHECK(colours::contrastRatio(Qt::white, Qt::white) == Approx(1.0));
    // #767676 is the lightest grey that passes on white; #777777 just fails.
    CHECK(colours::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    CHECK(colours::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    // Made readable: the same hue, darker on white and lighter on black, just enough.
    const QColor grey(0xa0, 0xa0, 0xa0);
    const QColor onWhite = colours::readableOn(grey, Qt::white);
    CHECK(colours::contrastRatio(onWhite, Qt::white) >= 4.5);
    CHECK(colours::contrastRatio(onWhite, Qt::white) < 5.5);
    CHECK(colours::readableOn(grey, Qt::black) == grey);
}

TEST_CASE("Status colours, badges, notices, the selection and hints reach 4.5 to 1 on the system's light "
          "palette, a dark one and high contrast",
          "[ui][accessibility][colours]")
{
    struct Case {
        const char *name;
        QPalette palette;
    };
    const QList<Case> cases = {{"light (Fusion)", colours::readable(QApplication::style()->standardPalette())},
                               {"dark", colours::readable(darkSystem())},
                               {"high contrast", colours::highContrast()}};
    for (const Case &c : cases) {
        INFO("palette: " << c.name);
        const QPalette &p = c.palette;
        for (const Tone tone : kTones) {
            INFO("tone: " << toneName(tone));
            const QColor text = colours::text(tone, p);
            CHECK(colours::contrastRatio(text, p.color(QPalette::Base)) >= 4.5);
            CHECK(colours::contrastRatio(text, p.color(QPalette::Window)) >= 4.5);
            const colours::Fill badge = colours::badge(tone, p);
            CHECK(colours::contrastRatio(badge.foreground, badge.background) >= 4.5);
        }
        for (const Tone tone : {Tone::Caution, Tone::Bad}) {
            const colours::Fill notice = colours::notice(p, tone);
            CHECK(colours::contrastRatio(notice.foreground, notice.background) >= 4.5);
        }
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            INFO("group " << int(group));
            CHECK(colours::contrastRatio(p.color(group, QPalette::Highlight), p.color(group, QPalette::HighlightedText)) >= 4.5);
            CHECK(colours::contrastRatio(p.color(group, QPalette::PlaceholderText), p.color(group, QPalette::Base)) >= 4.5);
            CHECK(colours::contrastRatio(p.color(group, QPalette::PlaceholderText), p.color(group, QPalette::Window)) >= 4.5);
            CHECK(colours::contrastRatio(p.color(group, QPalette::Link), p.color(group, QPalette::Base)) >= 4.5);
            CHECK(colours::contrastRatio(p.color(group, QPalette::Text), p.color(group, QPalette::Base)) >= 4.5);
            CHECK(colours::contrastRatio(p.color(group, QPalette::WindowText), p.color(group, QPalette::Window)) >= 4.5);
            CHECK(colours::contrastRatio(p.color(group, QPalette::ButtonText), p.color(group, QPalette::Button)) >= 4.5);
        }
        // The focus ring and the edges of fields and check boxes: 3:1 against what is around them.
        for (const QPalette::ColorRole around : {QPalette::Button, QPalette::Window, QPalette::Base}) {
            INFO("against role " << int(around));
            CHECK(colours::contrastRatio(colours::focusRing(p), p.color(around)) >= 3.0);
        }
        CHECK(colours::contrastRatio(colours::edge(p), p.color(QPalette::Window)) >= 3.0);
        CHECK(colours::contrastRatio(colours::edge(p), p.color(QPalette::Base)) >= 3.0);
    }
    // Fusion's own selection (white on #308cc6, 3.6:1) is what made readable() necessary.
    const QPalette fusion = QApplication::style()->standardPalette();
    CHECK(colours::contrastRatio(fusion.color(QPalette::Highlight), fusion.color(QPalette::HighlightedText)) < 4.5);
    // The live console's clock on the window, the projector's on black.
    for (const live::Urgency u : {live::Urgency::Normal, live::Urgency::Amber, live::Urgency::Red}) {
        CHECK(colours::contrastRatio(live::projectorColour(u), Qt::black) >= 7.0);
        CHECK(colours::contrastRatio(live::consoleColour(u), QApplication::palette().color(QPalette::Window)) >= 4.5);
    }
}

TEST_CASE("A list's status colours follow the palette: former members stay readable in high contrast",
          "[ui][accessibility][colours]")
{
    KeepLooks keep;
    test::TempFolder folder;
    auto file = createForum(folder.file(QStringLiteral("colours.ogpforum")), QStringLiteral("Foro"), QStringLiteral("es"));
    Member former = test::makeMember(QStringLiteral("Ana Pérez"));
    former.termStart = QDate(2020, 1, 1);
    former.termEnd = QDate(2021, 12, 31);
    Table<Member>(*file).create(former);
    MemberTableModel model(*file);
    MemberQuery query;
    query.activeOn = QDate(2026, 6, 1);
    model.setQuery(query);
    REQUIRE(model.rowCount() == 1);
    const QModelIndex name = model.index(0, MemberTableModel::Name);

    for (const bool high : {false, true}) {
        INFO((high ? "high contrast" : "system colours"));
        colours::applyPalette(high);
        const QColor shown = model.data(name, Qt::ForegroundRole).value<QColor>();
        REQUIRE(shown.isValid());
        CHECK(shown != QApplication::palette().color(QPalette::Text)); // still told apart from current members
        CHECK(colours::contrastRatio(shown, QApplication::palette().color(QPalette::Base)) >= 4.5);
    }
    // Qt's own grey, used before, was 2.6:1 on white.
    CHECK(colours::contrastRatio(QColor(Qt::gray), Qt::white) < 3.0);
}

TEST_CASE("No colour is written into the interface's code except in the one place that checks them",
          "[ui][accessibility][colours]")
{
    // A hex colour in a string, a QColor from numbers or a name, one of Qt's named colours, a named CSS
    // colour (a style sheet's palette(...) is the palette's, so allowed).
    const QRegularExpression written(
        QStringLiteral(R"(#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b[^"]*"|QColor\((?:0x|\d|")|QColor::fromRgb|Qt::(?:black|white|gray|darkGray|lightGray|red|darkRed|green|darkGreen|blue|darkBlue|yellow|darkYellow|cyan|magenta)\b|colou?r\s*:\s*(?!palette\()[a-z]+\b)"));
    const QString root = QStringLiteral(FORUMDESK_TEST_SOURCE "/../ui");
    QStringList found;
    QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        // The palette's home; the charts' series (their labels say what colour says); the projector,
        // white and amber on its own black, checked above.
        if (relative == QLatin1String("widgets/Colours.cpp") || relative.startsWith(QLatin1String("charts/"))
            || relative == QLatin1String("live/LiveText.cpp") || relative == QLatin1String("live/ProjectorWindow.cpp"))
            continue;
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        ++files;
        int number = 0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            ++number;
            const QString text = QString::fromUtf8(line);
            if (text.trimmed().startsWith(QLatin1String("//")))
                continue;
            if (written.match(text).hasMatch())
                found << QStringLiteral("ui/%1:%2: %3").arg(relative).arg(number).arg(text.trimmed());
        }
    }
    CHECK(files > 50);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("High contrast from the preferences recolours the open window at once, and back",
          "[ui][accessibility][colours]")
{
    KeepLooks keep;
    test::isolateSettings();
    test::TempFolder folder;
    MainWindow window;
    openNewForum(window, folder);
    window.workspace()->showPage(ForumWorkspace::Page::Members);
    // Watched, so that a new workspace at the old one's address cannot pass for it.
    QPointer<QWidget> before = window.workspace();

    // Preferences > Colours, as a user chooses it.
    const auto choose = [&](bool high) {
        window.showPreferences();
        PreferencesDialog *preferences = nullptr; // the one shown: the last one may await its deletion
        for (PreferencesDialog *dialog : window.findChildren<PreferencesDialog *>())
            if (dialog->isVisible())
                preferences = dialog;
        REQUIRE(preferences);
        preferences->contrastBox()->setCurrentIndex(preferences->contrastBox()->findData(high));
        preferences->accept();
        test::waitUntil([] { return false; }, 100);
    };
    choose(true);
    CHECK(Preferences::highContrast());
    CHECK(colours::highContrastApplied());
    REQUIRE(test::waitUntil([&] { return window.workspace() && window.workspace() != before.data(); }, 3000));
    CHECK(window.workspace()->currentPage() == ForumWorkspace::Page::Members);
    CHECK(window.workspace()->palette().color(QPalette::Window) == QColor(Qt::black));
    CHECK(window.workspace()->palette().color(QPalette::WindowText) == QColor(Qt::white));

    choose(false);
    CHECK_FALSE(Preferences::highContrast());
    REQUIRE(test::waitUntil([&] { return window.workspace()->palette().color(QPalette::Window) != QColor(Qt::black); }, 3000));
    CHECK(colours::contrastRatio(QApplication::palette().color(QPalette::Highlight),
                                 QApplication::palette().color(QPalette::HighlightedText)) >= 4.5);
}

TEST_CASE("The window follows the system's font size: a larger text size reaches every page's labels, "
          "buttons and fields",
          "[ui][accessibility]")
{
    KeepLooks keep;
    test::isolateSettings();
    test::TempFolder folder;
    MainWindow window;
    window.resize(1280, 800);
    openNewForum(window, folder);

    // The system's text size raised by half while the forum is open, as a desktop's setting does.
    QFont larger = QApplication::font();
    const double size = larger.pointSizeF() * 1.5;
    larger.setPointSizeF(size);
    QApplication::setFont(larger);
    test::waitUntil([] { return false; }, 300);

    using Page = ForumWorkspace::Page;
    for (const Page page : {Page::Dashboard, Page::ForumSettings, Page::Members, Page::Join, Page::Meetings,
                            Page::CoCreate, Page::Implement, Page::Evaluate, Page::Learn, Page::Compliance}) {
        window.workspace()->showPage(page);
        test::waitUntil([] { return false; }, 150);
        INFO("page " << window.workspace()->pageTitle(page).toStdString());
        QStringList small;
        for (QWidget *w : window.workspace()->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(qobject_cast<QLabel *>(w) || qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)))
                continue;
            if (w->font().pointSizeF() < size - 0.01)
                small << QStringLiteral("%1#%2 (%3 pt)").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                             .arg(w->font().pointSizeF());
        }
        INFO(small.join(QLatin1String(", ")).toStdString());
        CHECK(small.isEmpty());
    }
}
