// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CliCommand.h"

#include "core/forum/Forum.h"
#include "core/forum/VocabularyKeys.h"
#include "core/i18n/Translations.h"
#include "core/storage/ForumFile.h"
#include "core/storage/Table.h"

#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

namespace forumdesk::cli {

void printOut(const QString &text)
{
    QTextStream out(stdout);
    out << text;
    out.flush();
}

int fail(int code, const QString &message)
{
    QTextStream err(stderr);
    err << "forumdesk-cli: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    return code;
}

std::unique_ptr<ForumFile> openForReading(const QString &path)
{
    OpenOptions options;
    options.readOnly = true;
    return ForumFile::open(path, options);
}

QString languageCode(const QString &value)
{
    const QString code = Translations::codeOf(value.trimmed());
    for (QLatin1StringView language : key::Language::all)
        if (code == language)
            return code;
    return QString();
}

QString messagesLanguageHelp()
{
    return Cli::tr("The language of messages: es, en, fr or pt.");
}

} // namespace forumdesk::cli
