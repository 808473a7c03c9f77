// SPDX-License-Identifier: GPL-3.0-or-later
// Forum Desk's four languages: the interface's translators (Forum Desk's and Qt's) and the words,
// dates and plural forms of documents in French and Portuguese.
#include <catch2/catch.hpp>

#include "core/documents/DocumentBuilder.h"
#include "core/documents/DocumentLanguage.h"
#include "core/forum/Vocabulary.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

using namespace forumdesk;

namespace {

struct BackToEnglish {
    ~BackToEnglish() { Translations::install(QStringLiteral("en")); }
};

QString vocabulary(const char *source)
{
    return QCoreApplication::translate("Vocabulary", source);
}

} // namespace

TEST_CASE("French and Portuguese interfaces install for their languages and locales", "[i18n]")
{
    BackToEnglish restore;
    CHECK(Translations::available() == QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("pt")});

    CHECK(Translations::install(QStringLiteral("fr")) == QStringLiteral("fr"));
    CHECK(vocabulary("Spanish") == QStringLiteral("Espagnol"));
    CHECK(QLocale().language() == QLocale::French);
    CHECK(Translations::install(QStringLiteral("fr_CA")) == QStringLiteral("fr"));
    CHECK(vocabulary("Portuguese") == QStringLiteral("Portugais"));

    CHECK(Translations::install(QStringLiteral("pt")) == QStringLiteral("pt"));
    CHECK(vocabulary("Spanish") == QStringLiteral("Espanhol"));
    CHECK(QLocale().language() == QLocale::Portuguese);
    // Every Portuguese locale gets the one (Brazilian) translation.
    CHECK(Translations::install(QStringLiteral("pt_PT")) == QStringLiteral("pt"));
    CHECK(Translations::install(QStringLiteral("pt-BR")) == QStringLiteral("pt"));
    CHECK(vocabulary("French") == QStringLiteral("Francês"));

    CHECK(Translations::install(QStringLiteral("es_PE")) == QStringLiteral("es"));
    CHECK(vocabulary("French") == QStringLiteral("Francés"));
    // A language Forum Desk does not speak leaves the interface in English.
    CHECK(Translations::install(QStringLiteral("de_DE")) == QStringLiteral("en"));
    CHECK(vocabulary("French") == QStringLiteral("French"));

    CHECK(Translations::codeOf(QStringLiteral("FR")) == QStringLiteral("fr"));
    CHECK(Translations::codeOf(QStringLiteral("pt_BR.UTF-8")) == QStringLiteral("pt"));
    CHECK(Translations::codeOf(QStringLiteral("french")) == QStringLiteral("french"));
}

TEST_CASE("Qt's own words, such as its standard buttons, follow the interface language", "[i18n]")
{
    const QDir qtTranslations(QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!qtTranslations.exists(QStringLiteral("qtbase_fr.qm")) || !qtTranslations.exists(QStringLiteral("qtbase_pt_BR.qm"))
        || !qtTranslations.exists(QStringLiteral("qtbase_es.qm"))) {
        WARN("Qt's translations (qt6-translations-l10n) are not installed; Forum Desk carries on without them");
        CHECK(Translations::install(QStringLiteral("fr")) == QStringLiteral("fr"));
        Translations::install(QStringLiteral("en"));
        return;
    }
    BackToEnglish restore;
    const auto cancel = [] { return QCoreApplication::translate("QPlatformTheme", "Cancel"); };
    Translations::install(QStringLiteral("fr"));
    CHECK(cancel() == QStringLiteral("Annuler"));
    Translations::install(QStringLiteral("pt"));
    CHECK(cancel() == QStringLiteral("Cancelar"));
    Translations::install(QStringLiteral("es"));
    CHECK(cancel() == QStringLiteral("Cancelar"));
    Translations::install(QStringLiteral("en"));
    CHECK(cancel() == QStringLiteral("Cancel"));
}

TEST_CASE("French and Portuguese documents have their own words, long dates and plural forms", "[i18n][documents]")
{
    const DocumentLanguage fr(QStringLiteral("fr"));
    const DocumentLanguage pt(QStringLiteral("pt"));
    CHECK(fr.locale().language() == QLocale::French);
    CHECK(pt.locale().language() == QLocale::Portuguese);

    CHECK(fr.text("Minutes", "Minutes of the %1") == QStringLiteral("Procès-verbal — %1"));
    CHECK(pt.text("Minutes", "Minutes of the %1") == QStringLiteral("Ata — %1"));
    CHECK(fr.label(Vocabulary::List::Language, QStringLiteral("pt")) == QStringLiteral("Portugais"));
    CHECK(pt.label(Vocabulary::List::Language, QStringLiteral("fr")) == QStringLiteral("Francês"));

    CHECK(fr.longDate(QDate(2026, 3, 10)) == QStringLiteral("10 mars 2026"));
    CHECK(fr.longDate(QDate(2026, 8, 1)) == QStringLiteral("1er août 2026"));
    CHECK(pt.longDate(QDate(2026, 3, 10)) == QStringLiteral("10 de março de 2026"));
    CHECK(pt.longDate(QDate(2026, 8, 1)) == QStringLiteral("1º de agosto de 2026"));

    // French typography: a no-break space before the colon of a field's label.
    CHECK(DocumentBuilder::fieldLabel(fr, QStringLiteral("Date")) == QStringLiteral("Date\u00a0:"));
    CHECK(DocumentBuilder::fieldLabel(pt, QStringLiteral("Data")) == QStringLiteral("Data:"));

    CHECK(fr.text("SelfAssessment", "The plan has %n commitment(s).", 1) == QStringLiteral("Le plan compte 1 engagement."));
    CHECK(fr.text("SelfAssessment", "The plan has %n commitment(s).", 7) == QStringLiteral("Le plan compte 7 engagements."));
    CHECK(pt.text("SelfAssessment", "The plan has %n commitment(s).", 1) == QStringLiteral("O plano tem 1 compromisso."));
    CHECK(pt.text("SelfAssessment", "The plan has %n commitment(s).", 7) == QStringLiteral("O plano tem 7 compromissos."));
}
