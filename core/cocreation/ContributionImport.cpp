// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cocreation/ContributionImport.h"

#include "core/documents/DocumentLanguage.h"
#include "core/exchange/Csv.h"
#include "core/forum/Vocabulary.h"
#include "core/forum/VocabularyKeys.h"
#include "core/storage/Database.h"
#include "core/storage/FileEntry.h"
#include "core/storage/ForumFile.h"
#include "core/storage/StorageError.h"
#include "core/storage/Table.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QStringDecoder>

namespace forumdesk {

namespace {

// A header or a label compared loosely: case, accents and spacing aside.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

enum class Column { ReceivedOn, Channel, Author, Organization, Sector, Text, Status, Response, RespondedOn };

const QMap<QString, Column> &headerNames()
{
    static const QMap<QString, Column> names = [] {
        QMap<QString, Column> m;
        const auto add = [&](Column c, std::initializer_list<const char *> words) {
            for (const char *w : words)
                m.insert(folded(QString::fromUtf8(w)), c);
        };
        add(Column::ReceivedOn, {"received_on", "received", "date", "fecha", "fecha de recepción", "recibido", "date reçue", "data"});
        add(Column::Channel, {"channel", "canal", "medio"});
        add(Column::Author, {"author", "name", "autor", "autora", "nombre", "auteur", "nom", "autor(a)"});
        add(Column::Organization, {"organization", "organisation", "organización", "institución", "organização"});
        add(Column::Sector, {"sector", "secteur", "setor"});
        add(Column::Text, {"text", "contribution", "proposal", "comment", "texto", "aporte", "propuesta", "comentario", "contribución", "texte", "proposition", "contribuição"});
        add(Column::Status, {"status", "estado", "statut"});
        add(Column::Response, {"response", "reasoned response", "respuesta", "respuesta razonada", "réponse", "resposta"});
        add(Column::RespondedOn, {"responded_on", "response date", "fecha de respuesta", "respondido", "date de réponse"});
        return m;
    }();
    return names;
}

// A value of a fixed list, given as its key or its label in English or Spanish.
QString keyFor(Vocabulary::List list, const QString &value)
{
    static const DocumentLanguage spanish(key::Language::Spanish);
    const QString wanted = folded(value);
    for (const QString &key : Vocabulary::keys(list)) {
        if (folded(key) == wanted || folded(QString::fromUtf8(Vocabulary::sourceText(list, key))) == wanted
            || folded(spanish.label(list, key)) == wanted)
            return key;
    }
    return {};
}

QDate parseDay(const QString &text)
{
    const QString t = text.trimmed();
    for (const char *format : {"yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"}) {
        const QDate date = QDate::fromString(t, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

ContributionImport ContributionImport::readFile(ForumFile &file, const QString &path, qint64 planId)
{
    // Read bounded and never blocking: a consultation's export is a few megabytes, and a named pipe
    // or a device chosen by mistake must not hang the window.
    QString error;
    const QByteArray bytes = readRegularFile(path, kMaxFileBytes, &error, /*followLinks=*/true);
    if (!error.isEmpty()) {
        ContributionImport import;
        const FileEntry entry = FileEntry::following(path);
        if (entry.isRegular() && entry.size > kMaxFileBytes)
            import.m_problems << tr("%1 is %2 MB; Forum Desk imports contribution files of up to %3 MB. Split it into "
                                    "smaller files and import each.")
                                     .arg(QDir::toNativeSeparators(path))
                                     .arg(QLocale().toString(double(entry.size) / (1024 * 1024), 'f', 1))
                                     .arg(kMaxFileBytes / (1024 * 1024));
        else
            import.m_problems << tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), error);
        return import;
    }
    return read(file, bytes, planId);
}

ContributionImport ContributionImport::read(ForumFile &file, const QByteArray &csv, qint64 planId)
{
    ContributionImport import;
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // Decode line by line, so that a row saved in another encoding is named, not the whole file.
    QString text;
    QList<int> badLines;
    int line = 1;
    for (const QByteArray &raw : bytes.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(raw);
        if (decoder.hasError())
            badLines << line;
        text += decoded + QLatin1Char('\n');
        ++line;
    }
    text.chop(1);

    const QList<QStringList> records = Csv::parse(text);
    if (records.isEmpty() || (records.size() == 1 && records.first().join(QString()).trimmed().isEmpty())) {
        import.m_problems << tr("The file is empty.");
        return import;
    }
    QMap<Column, int> columns;
    QMap<Column, QString> headers;
    const QStringList header = records.first();
    for (int i = 0; i < header.size(); ++i) {
        const auto found = headerNames().constFind(folded(header.at(i)));
        if (found != headerNames().cend() && !columns.contains(*found)) {
            columns.insert(*found, i);
            headers.insert(*found, header.at(i).trimmed());
        }
    }
    if (!columns.contains(Column::Text))
        import.m_problems << tr("No column holds the contributions' text (name it “text” or “texto”).");
    if (!columns.contains(Column::ReceivedOn))
        import.m_problems << tr("No column holds the date received (name it “date” or “fecha”).");
    if (!import.m_problems.isEmpty())
        return import;

    Table<Contribution> table(file);
    int row = 1;
    int physicalLine = 1 + int(records.first().join(QString()).count(QLatin1Char('\n')));
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &cells = records.at(r);
        ++row;
        const int firstLine = physicalLine + 1;
        physicalLine = firstLine + int(cells.join(QString()).count(QLatin1Char('\n')));
        if (cells.join(QString()).trimmed().isEmpty())
            continue; // a blank line, as spreadsheets leave at the end
        Row entry;
        entry.row = row;
        const auto cell = [&](Column c) { return columns.contains(c) ? cells.value(columns.value(c)) : QString(); };
        const auto problem = [&](Column c, const QString &message) {
            entry.errors << tr("Row %1, column “%2”: %3").arg(row).arg(headers.value(c), message);
        };
        for (int bad : badLines)
            if (bad >= firstLine && bad <= physicalLine) {
                entry.errors << tr("Row %1: the text is not in UTF-8; save the file as “CSV UTF-8” and import it again").arg(row);
                break;
            }
        Contribution &c = entry.contribution;
        c.planId = planId;
        c.text = cell(Column::Text).trimmed();
        c.author = cell(Column::Author).trimmed();
        c.organization = cell(Column::Organization).trimmed();
        c.response = cell(Column::Response).trimmed();
        if (c.text.isEmpty())
            problem(Column::Text, tr("the contribution's text is empty"));
        const QString received = cell(Column::ReceivedOn);
        c.receivedOn = parseDay(received);
        if (!c.receivedOn.isValid())
            problem(Column::ReceivedOn, tr("“%1” is not a date (write it as 2025-03-31 or 31/03/2025)").arg(received));
        const auto enumeration = [&](Column column, Vocabulary::List list, QString *target) {
            const QString value = cell(column).trimmed();
            if (value.isEmpty())
                return;
            const QString key = keyFor(list, value);
            if (key.isEmpty())
                problem(column, tr("“%1” is not one of: %2").arg(value, Vocabulary::keys(list).join(QStringLiteral(", "))));
            else
                *target = key;
        };
        enumeration(Column::Channel, Vocabulary::List::ContributionChannel, &c.channel);
        enumeration(Column::Sector, Vocabulary::List::Sector, &c.sector);
        enumeration(Column::Status, Vocabulary::List::ContributionStatus, &c.status);
        if (columns.contains(Column::RespondedOn) && !cell(Column::RespondedOn).trimmed().isEmpty()) {
            c.respondedOn = parseDay(cell(Column::RespondedOn));
            if (!c.respondedOn.isValid())
                problem(Column::RespondedOn, tr("“%1” is not a date (write it as 2025-03-31 or 31/03/2025)").arg(cell(Column::RespondedOn)));
        }
        if (entry.errors.isEmpty()) {
            try {
                table.validate(c);
            } catch (const ValidationError &e) {
                entry.errors << tr("Row %1: %2").arg(row).arg(e.reason());
            }
        }
        import.m_rows << entry;
    }
    if (import.m_rows.isEmpty())
        import.m_problems << tr("The file has a header but no contributions.");
    return import;
}

QStringList ContributionImport::allProblems() const
{
    QStringList all = m_problems;
    for (const Row &row : m_rows)
        all << row.errors;
    return all;
}

bool ContributionImport::acceptable() const
{
    return allProblems().isEmpty();
}

QList<qint64> ContributionImport::commit(ForumFile &file) const
{
    if (!acceptable())
        throw StorageError(StorageError::Kind::Validation,
                           tr("Nothing was imported: %n problem(s) must be fixed first.", nullptr, int(allProblems().size())));
    file.requireWritable();
    Transaction tx(file.database());
    Table<Contribution> table(file);
    QList<qint64> created;
    for (const Row &row : m_rows) {
        Contribution c = row.contribution;
        created << table.create(c);
    }
    file.logActivity(QStringLiteral("import"), Contribution::schema().table, QString(),
                     tr("Imported %n contribution(s) from a CSV file", nullptr, int(m_rows.size())));
    tx.commit();
    return created;
}

} // namespace forumdesk
