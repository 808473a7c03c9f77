// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace forumdesk {
class ForumFile;
}

namespace forumdesk::cli {

// The translation context of the command line's messages.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// One subcommand: what it does (for --help), its arguments and options, and how it runs.
struct Command {
    const char *summary;
    QStringList positional; // names of the positional arguments
    std::function<void(QCommandLineParser &)> options;
    std::function<int(const QCommandLineParser &, const QStringList &)> run;
    // Set instead of the above for a command another program runs: it gets every argument.
    std::function<int(const QStringList &arguments)> runElsewhere = nullptr;
};

void printOut(const QString &text);
// Errors are one clear line on stderr; returns `code`.
int fail(int code, const QString &message);
// Reading commands never lock or change a file.
std::unique_ptr<ForumFile> openForReading(const QString &path);
// A forum's, sample's or website's language given to --lang: "fr" for "fr", "FR" or "fr_CA"; empty
// for anything but es, en, fr and pt.
QString languageCode(const QString &value);
// The help text of --lang where it chooses only the language of messages.
QString messagesLanguageHelp();

// The commands that draw (documents with fonts, charts). forumdesk-cli starts with Qt Core only,
// so that `info` or `list` in a script start fast; it hands these commands, whole, to
// forumdesk-cli-documents, which links the graphical libraries and runs them itself.
inline constexpr const char *kChartSummary = QT_TRANSLATE_NOOP("Cli", "Draw one of a plan's charts to a PNG or SVG file.");
inline constexpr const char *kExportSummary = QT_TRANSLATE_NOOP(
    "Cli", "Write a meeting's minutes or notice, the plan draft, the reasoned-response report, the progress report "
           "with its charts, the OGP standards (compliance) report or the end-of-term self-assessment report (pdf, "
           "odt, html, md), invitations (ics), or open data (csv, json, or a data package folder).");
inline constexpr const char *kPublishSummary = QT_TRANSLATE_NOOP(
    "Cli", "Write the forum's public website into a folder: home, meetings and minutes, plans and commitments, "
           "contributions and responses, documents, open data, a feed and search; it opens from disk.");
void addDrawingCommands(std::map<QString, Command> &commands);

} // namespace forumdesk::cli
