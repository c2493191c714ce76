<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>kd::AddReview</name>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Beoordeling: %1</translation>
    </message>
    <message>
        <source>Only dilemmas and legal sources are reviewed.</source>
        <translation>Alleen dilemma&apos;s en juridische bronnen worden beoordeeld.</translation>
    </message>
    <message>
        <source>Your key (%1) is not among this project&apos;s trusted reviewers; ask whoever manages the project to add it (Project &gt; Trusted Reviewers).</source>
        <translation>Uw sleutel (%1) hoort niet bij de vertrouwde beoordelaars van dit project; vraag de beheerder van het project hem toe te voegen (Project &gt; Vertrouwde beoordelaars).</translation>
    </message>
    <message>
        <source>Your author name is %1, but this project trusts your key (%3) as %2. Reviews are recorded under one name: set your author name to %2 in Edit &gt; Preferences, or ask whoever manages the project to trust your key as %1 (Project &gt; Trusted Reviewers).</source>
        <translation>Uw auteursnaam is %1, maar dit project vertrouwt uw sleutel (%3) als %2. Beoordelingen worden onder één naam vastgelegd: stel uw auteursnaam in op %2 via Bewerken &gt; Voorkeuren, of vraag wie het project beheert uw sleutel te vertrouwen als %1 (Project &gt; Vertrouwde beoordelaars).</translation>
    </message>
    <message>
        <source>It is in review already: the reviewers have it in their queue.</source>
        <translation>Dit is al in beoordeling: de beoordelaars hebben het in hun wachtrij.</translation>
    </message>
    <message>
        <source>It is approved and has not changed since: there is nothing new to review.</source>
        <translation>Dit is goedgekeurd en sindsdien niet gewijzigd: er is niets nieuws te beoordelen.</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Ter beoordeling aanbieden</translation>
    </message>
</context>
<context>
    <name>kd::AddReviewNote</name>
    <message>
        <source>Ask a Question</source>
        <translation>Vraag stellen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Resolve Thread</source>
        <translation>Draad afsluiten</translation>
    </message>
    <message>
        <source>The question was not withdrawn: it has been answered or resolved since.</source>
        <translation>De vraag is niet ingetrokken: ze is sindsdien beantwoord of afgesloten.</translation>
    </message>
</context>
<context>
    <name>kd::AddTrustedReviewer</name>
    <message>
        <source>Trust Reviewer %1</source>
        <translation>Beoordelaar %1 vertrouwen</translation>
    </message>
</context>
<context>
    <name>kd::ApprovalTrust</name>
    <message>
        <source>(unsigned)</source>
        <translation>(niet ondertekend)</translation>
    </message>
    <message>
        <source>(key %1, not trusted)</source>
        <translation>(sleutel %1, niet vertrouwd)</translation>
    </message>
    <message>
        <source>%1 made the last change, so someone else must approve it (four eyes). In a project file the name of whoever edits is their own setting, not a checked identity.</source>
        <translation>%1 heeft de laatste wijziging gemaakt, dus iemand anders moet die goedkeuren (vier ogen). In een projectbestand is de naam van wie bewerkt een eigen instelling, geen gecontroleerde identiteit.</translation>
    </message>
    <message>
        <source>it counts</source>
        <translation>ze telt</translation>
    </message>
    <message>
        <source>the approval is not signed</source>
        <translation>de goedkeuring is niet ondertekend</translation>
    </message>
    <message>
        <source>the approval is signed with a key the project does not trust</source>
        <translation>de goedkeuring is ondertekend met een sleutel die het project niet vertrouwt</translation>
    </message>
    <message>
        <source>the approval&apos;s signature does not verify (the record was changed after signing)</source>
        <translation>de handtekening van de goedkeuring klopt niet (het record is na het ondertekenen gewijzigd)</translation>
    </message>
    <message>
        <source>the approval is by the last editor (four eyes: someone else must approve it)</source>
        <translation>de goedkeuring is van wie het laatst bewerkte (vier ogen: iemand anders moet goedkeuren)</translation>
    </message>
</context>
<context>
    <name>kd::AssetContent</name>
    <message>
        <source>a style refers to something outside the file</source>
        <translation>een stijl verwijst naar iets buiten het bestand</translation>
    </message>
    <message>
        <source>a style imports or runs something</source>
        <translation>een stijl importeert of voert iets uit</translation>
    </message>
    <message>
        <source>the element &lt;%1&gt; is not SVG (foreign content)</source>
        <translation>het element &lt;%1&gt; is geen SVG (vreemde inhoud)</translation>
    </message>
    <message>
        <source>it contains a &lt;%1&gt; element</source>
        <translation>het bevat een &lt;%1&gt;-element</translation>
    </message>
    <message>
        <source>the event attribute %1 runs script</source>
        <translation>het gebeurtenisattribuut %1 voert een script uit</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; refers to something outside the file (only #fragment links are allowed)</source>
        <translation>%1=&quot;%2&quot; verwijst naar iets buiten het bestand (alleen #fragment-koppelingen zijn toegestaan)</translation>
    </message>
    <message>
        <source>an animation changes the attribute %1</source>
        <translation>een animatie wijzigt het attribuut %1</translation>
    </message>
    <message>
        <source>the attribute %1 holds a script address</source>
        <translation>het attribuut %1 bevat een scriptadres</translation>
    </message>
    <message>
        <source>it has a DOCTYPE (no DTDs, no entities)</source>
        <translation>het heeft een DOCTYPE (geen DTD&apos;s, geen entiteiten)</translation>
    </message>
    <message>
        <source>it has a processing instruction (&lt;?%1?&gt;)</source>
        <translation>het heeft een verwerkingsinstructie (&lt;?%1?&gt;)</translation>
    </message>
    <message>
        <source>it uses an entity</source>
        <translation>het gebruikt een entiteit</translation>
    </message>
    <message>
        <source>it is not an SVG document</source>
        <translation>het is geen SVG-document</translation>
    </message>
    <message>
        <source>a style holds a script address</source>
        <translation>een stijl bevat een scriptadres</translation>
    </message>
    <message>
        <source>it is not well-formed XML: %1</source>
        <translation>het is geen welgevormde XML: %1</translation>
    </message>
    <message>
        <source>the bytes are not %1 (nor any image type the website shows)</source>
        <translation>de gegevens zijn geen %1 (en ook geen ander afbeeldingstype dat de website toont)</translation>
    </message>
    <message>
        <source>the bytes are %1, not %2</source>
        <translation>de gegevens zijn %1, geen %2</translation>
    </message>
</context>
<context>
    <name>kd::AssetDataEditor</name>
    <message>
        <source>Replace File...</source>
        <translation>Bestand vervangen...</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Bestand vervangen</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
        <translation>Afbeeldingen (*.svg *.png *.jpg *.jpeg *.webp *.gif);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>geen voorbeeld</translation>
    </message>
</context>
<context>
    <name>kd::ChangeWords</name>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 moved to place %2</source>
        <translation>%1 verplaatst naar plaats %2</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 gewijzigd</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 toegevoegd</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 verwijderd</translation>
    </message>
    <message>
        <source>%1 “%2” added</source>
        <translation>%1 “%2” toegevoegd</translation>
    </message>
    <message>
        <source>%1 “%2” deleted</source>
        <translation>%1 “%2” verwijderd</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Beoordeling: %1</translation>
    </message>
    <message>
        <source>Review withdrawn: %1</source>
        <translation>Beoordeling ingetrokken: %1</translation>
    </message>
    <message>
        <source>Question withdrawn</source>
        <translation>Vraag ingetrokken</translation>
    </message>
    <message>
        <source>Question asked</source>
        <translation>Vraag gesteld</translation>
    </message>
    <message>
        <source>Answer withdrawn</source>
        <translation>Antwoord ingetrokken</translation>
    </message>
    <message>
        <source>Question answered</source>
        <translation>Vraag beantwoord</translation>
    </message>
    <message>
        <source>Thread reopened</source>
        <translation>Draad heropend</translation>
    </message>
    <message>
        <source>Thread resolved</source>
        <translation>Draad afgesloten</translation>
    </message>
</context>
<context>
    <name>kd::Checker</name>
    <message>
        <source>the project has no uid</source>
        <translation>het project heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the project is empty</source>
        <translation>verplicht veld &apos;%1&apos; van het project is leeg</translation>
    </message>
    <message>
        <source>the life domain has no uid</source>
        <translation>het levensdomein heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the life domain is empty</source>
        <translation>verplicht veld &apos;%1&apos; van het levensdomein is leeg</translation>
    </message>
    <message>
        <source>key %1 is not unique: %2 of the life domains use it (this one has uid %3)</source>
        <translation>sleutel %1 is niet uniek: %2 levensdomeinen gebruiken hem (dit levensdomein heeft uid %3)</translation>
    </message>
    <message>
        <source>the professional has no uid</source>
        <translation>de professional heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the professional is empty</source>
        <translation>verplicht veld &apos;%1&apos; van de professional is leeg</translation>
    </message>
    <message>
        <source>key %1 is not unique: %2 of the professionals use it (this one has uid %3)</source>
        <translation>sleutel %1 is niet uniek: %2 professionals gebruiken hem (deze professional heeft uid %3)</translation>
    </message>
    <message>
        <source>the legal source has no uid</source>
        <translation>de juridische bron heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the legal source is empty</source>
        <translation>verplicht veld &apos;%1&apos; van de juridische bron is leeg</translation>
    </message>
    <message>
        <source>key %1 is not unique: %2 of the legal sources use it (this one has uid %3)</source>
        <translation>sleutel %1 is niet uniek: %2 juridische bronnen gebruiken hem (deze bron heeft uid %3)</translation>
    </message>
    <message>
        <source>the legal source is not approved (review state: %1)</source>
        <translation>de juridische bron is niet goedgekeurd (beoordelingsstatus: %1)</translation>
    </message>
    <message>
        <source>the legal source was approved on %1, but its content changed since</source>
        <translation>de juridische bron is op %1 goedgekeurd, maar de inhoud is sindsdien gewijzigd</translation>
    </message>
    <message>
        <source>the theme has no uid</source>
        <translation>het thema heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the theme is empty</source>
        <translation>verplicht veld &apos;%1&apos; van het thema is leeg</translation>
    </message>
    <message>
        <source>key %1 is not unique: %2 of the themes use it (this one has uid %3)</source>
        <translation>sleutel %1 is niet uniek: %2 thema&apos;s gebruiken hem (dit thema heeft uid %3)</translation>
    </message>
    <message>
        <source>the glossary term has no uid</source>
        <translation>het begrip heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the glossary term is empty</source>
        <translation>verplicht veld &apos;%1&apos; van het begrip is leeg</translation>
    </message>
    <message>
        <source>key %1 is not unique: %2 of the glossary terms use it (this one has uid %3)</source>
        <translation>sleutel %1 is niet uniek: %2 begrippen gebruiken hem (dit begrip heeft uid %3)</translation>
    </message>
    <message>
        <source>the asset has no uid</source>
        <translation>het bestand heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the asset is empty</source>
        <translation>verplicht veld &apos;%1&apos; van het bestand is leeg</translation>
    </message>
    <message>
        <source>key %1 is not unique: %2 of the assets use it (this one has uid %3)</source>
        <translation>sleutel %1 is niet uniek: %2 bestanden gebruiken hem (dit bestand heeft uid %3)</translation>
    </message>
    <message>
        <source>the scenario has no uid</source>
        <translation>de casus heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the scenario is empty</source>
        <translation>verplicht veld &apos;%1&apos; van de casus is leeg</translation>
    </message>
    <message>
        <source>key %1 is not unique: %2 of the scenarios use it (this one has uid %3)</source>
        <translation>sleutel %1 is niet uniek: %2 casussen gebruiken hem (deze casus heeft uid %3)</translation>
    </message>
    <message>
        <source>the person has no uid</source>
        <translation>de persoon heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the person is empty</source>
        <translation>verplicht veld &apos;%1&apos; van de persoon is leeg</translation>
    </message>
    <message>
        <source>the moment has no uid</source>
        <translation>het moment heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the moment is empty</source>
        <translation>verplicht veld &apos;%1&apos; van het moment is leeg</translation>
    </message>
    <message>
        <source>the dilemma has no uid</source>
        <translation>het dilemma heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the dilemma is empty</source>
        <translation>verplicht veld &apos;%1&apos; van het dilemma is leeg</translation>
    </message>
    <message>
        <source>key %1 is not unique: %2 of the dilemmas use it (this one has uid %3)</source>
        <translation>sleutel %1 is niet uniek: %2 dilemma&apos;s gebruiken hem (dit dilemma heeft uid %3)</translation>
    </message>
    <message>
        <source>the dilemma is not approved (review state: %1)</source>
        <translation>het dilemma is niet goedgekeurd (beoordelingsstatus: %1)</translation>
    </message>
    <message>
        <source>the dilemma was approved on %1, but its content changed since</source>
        <translation>het dilemma is op %1 goedgekeurd, maar de inhoud is sindsdien gewijzigd</translation>
    </message>
    <message>
        <source>the option has no uid</source>
        <translation>de optie heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the option is empty</source>
        <translation>verplicht veld &apos;%1&apos; van de optie is leeg</translation>
    </message>
    <message>
        <source>the legal reference has no uid</source>
        <translation>de wetsverwijzing heeft geen uid</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; of the legal reference is empty</source>
        <translation>verplicht veld &apos;%1&apos; van de wetsverwijzing is leeg</translation>
    </message>
    <message>
        <source>draft</source>
        <extracomment>A review state, as in &quot;(review state: draft)&quot;; the source text is its stable name.</extracomment>
        <translation>concept</translation>
    </message>
    <message>
        <source>in-review</source>
        <extracomment>A review state, as in &quot;(review state: in-review)&quot;; the source text is its stable name.</extracomment>
        <translation>in beoordeling</translation>
    </message>
    <message>
        <source>changes-requested</source>
        <extracomment>A review state, as in &quot;(review state: changes-requested)&quot;; the source text is its stable name.</extracomment>
        <translation>wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>approved</source>
        <extracomment>A review state; the source text is its stable name.</extracomment>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>colour %1 is not of the form #rrggbb</source>
        <translation>kleur %1 heeft niet de vorm #rrggbb</translation>
    </message>
    <message>
        <source>default legal source %1 is listed more than once</source>
        <translation>standaard juridische bron %1 staat meer dan één keer in de lijst</translation>
    </message>
    <message>
        <source>professional %1 is not used by any dilemma</source>
        <translation>professional %1 komt in geen enkel dilemma voor</translation>
    </message>
    <message>
        <source>professional %1 is used by 1 dilemma but has no description</source>
        <translation>professional %1 komt in 1 dilemma voor, maar heeft geen beschrijving</translation>
    </message>
    <message>
        <source>professional %1 is used by %2 dilemmas but has no description</source>
        <translation>professional %1 komt in %2 dilemma&apos;s voor, maar heeft geen beschrijving</translation>
    </message>
    <message>
        <source>identifier %1 is neither a BWB id (BWBR and 7 digits) nor a CELEX number</source>
        <translation>identificatie %1 is geen BWB-id (BWBR en 7 cijfers) en ook geen CELEX-nummer</translation>
    </message>
    <message>
        <source>URL %1 is not an https:// address</source>
        <translation>URL %1 is geen https://-adres</translation>
    </message>
    <message>
        <source>valid until %1 lies before valid from %2</source>
        <translation>geldig tot %1 ligt vóór geldig vanaf %2</translation>
    </message>
    <message>
        <source>legal source %1 is not cited by any dilemma or professional</source>
        <translation>geen enkel dilemma of professional verwijst naar juridische bron %1</translation>
    </message>
    <message>
        <source>legal source %1 was due for review on %2 (as of %3)</source>
        <translation>juridische bron %1 had uiterlijk %2 herbeoordeeld moeten worden (peildatum %3)</translation>
    </message>
    <message>
        <source>theme %1 is not used by any dilemma</source>
        <translation>thema %1 komt in geen enkel dilemma voor</translation>
    </message>
    <message>
        <source>file name %1 is not safe to write: no path separators, no \ : * ? &quot; &lt; &gt; |, no control characters, no leading dot</source>
        <translation>bestandsnaam %1 is niet veilig om weg te schrijven: geen padscheidingstekens, geen \ : * ? &quot; &lt; &gt; |, geen stuurtekens, geen punt aan het begin</translation>
    </message>
    <message>
        <source>file name %1 is not unique: %2 assets have it (ignoring case)</source>
        <translation>bestandsnaam %1 is niet uniek: %2 bestanden hebben deze naam (hoofdletters niet meegeteld)</translation>
    </message>
    <message>
        <source>media type %1 is not PNG, JPEG, GIF, WebP or SVG</source>
        <translation>mediatype %1 is geen PNG, JPEG, GIF, WebP of SVG</translation>
    </message>
    <message>
        <source>the asset holds no bytes</source>
        <translation>het bestand bevat geen gegevens</translation>
    </message>
    <message>
        <source>asset %1 is not used as an icon or cover</source>
        <translation>bestand %1 wordt niet gebruikt als pictogram of omslagafbeelding</translation>
    </message>
    <message>
        <source>the scenario has no persons</source>
        <translation>de casus heeft geen personen</translation>
    </message>
    <message>
        <source>the scenario has no moments</source>
        <translation>de casus heeft geen momenten</translation>
    </message>
    <message>
        <source>age %1 is not between 0 and 120</source>
        <translation>leeftijd %1 ligt niet tussen 0 en 120</translation>
    </message>
    <message>
        <source>the moment belongs to no life domain</source>
        <translation>het moment hoort bij geen enkel levensdomein</translation>
    </message>
    <message>
        <source>life domain %1 is listed more than once</source>
        <translation>levensdomein %1 staat meer dan één keer in de lijst</translation>
    </message>
    <message>
        <source>person %1 is listed more than once</source>
        <translation>persoon %1 staat meer dan één keer in de lijst</translation>
    </message>
    <message>
        <source>the dilemma has no solution direction</source>
        <translation>het dilemma heeft geen oplossingsrichting</translation>
    </message>
    <message>
        <source>the dilemma has 1 option; it needs at least 2</source>
        <translation>het dilemma heeft 1 optie; er zijn er minstens 2 nodig</translation>
    </message>
    <message>
        <source>the dilemma has %1 options; it needs at least 2</source>
        <translation>het dilemma heeft %1 opties; er zijn er minstens 2 nodig</translation>
    </message>
    <message>
        <source>the dilemma cites no legal source</source>
        <translation>het dilemma verwijst naar geen enkele juridische bron</translation>
    </message>
    <message>
        <source>theme %1 is listed more than once</source>
        <translation>thema %1 staat meer dan één keer in de lijst</translation>
    </message>
    <message>
        <source>the option has no feedback</source>
        <translation>de optie heeft geen feedback</translation>
    </message>
    <message>
        <source>uid %1 is not a lower-case UUID</source>
        <translation>uid %1 is geen UUID in kleine letters</translation>
    </message>
    <message>
        <source>uid %1 is not unique: %2 entities have it</source>
        <translation>uid %1 is niet uniek: %2 onderdelen hebben deze uid</translation>
    </message>
    <message>
        <source>key %1 is not a slug (a-z, 0-9, single hyphens between words)</source>
        <translation>sleutel %1 is geen slug (a-z, 0-9, enkele koppeltekens tussen woorden)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; holds the invalid character U+%2 at position %3</source>
        <translation>veld &apos;%1&apos; bevat het ongeldige teken U+%2 op positie %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; holds placeholder text %2</source>
        <translation>veld &apos;%1&apos; bevat tijdelijke tekst %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2 characters long; the limit is %3</source>
        <translation>veld &apos;%1&apos; is %2 tekens lang; het maximum is %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; contains raw HTML: %2 and %3 more</source>
        <translation>veld &apos;%1&apos; bevat HTML-code: %2 en nog %3</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; contains raw HTML: %2</source>
        <translation>veld &apos;%1&apos; bevat HTML-code: %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; links to %2, which is neither https: nor mailto:</source>
        <translation>veld &apos;%1&apos; linkt naar %2, en dat begint niet met https: of mailto:</translation>
    </message>
    <message>
        <source>the %1 are numbered %2 instead of 0 to %3</source>
        <translation>de posities in %1 zijn %2 in plaats van 0 tot en met %3</translation>
    </message>
    <message>
        <source>cites legal source %1, which expired on %2 (as of %3)</source>
        <translation>verwijst naar juridische bron %1, die op %2 is verlopen (peildatum %3)</translation>
    </message>
    <message>
        <source>asset %1: %2</source>
        <translation>bestand %1: %2</translation>
    </message>
    <message>
        <source>SVG asset %1 is not safe to publish: %2</source>
        <translation>SVG-bestand %1 is niet veilig om te publiceren: %2</translation>
    </message>
    <message>
        <source>approved, but %1</source>
        <translation>goedgekeurd, maar %1</translation>
    </message>
    <message>
        <source>key %1 is not unique: %2 of the moments of this scenario use it (this one has uid %3)</source>
        <translation>sleutel %1 is niet uniek: %2 momenten van deze casus gebruiken hem (dit moment heeft uid %3)</translation>
    </message>
    <message>
        <source>a default legal source it names is not in the project (id %1)</source>
        <translation>een standaardbron die het noemt, staat niet in het project (id %1)</translation>
    </message>
    <message>
        <source>the icon it names is not among the project&apos;s assets (id %1)</source>
        <translation>het pictogram dat het noemt, staat niet bij de bestanden van het project (id %1)</translation>
    </message>
    <message>
        <source>the cover image it names is not among the project&apos;s assets (id %1)</source>
        <translation>de omslagafbeelding die het noemt, staat niet bij de bestanden van het project (id %1)</translation>
    </message>
    <message>
        <source>a life domain it names is not in the project (id %1)</source>
        <translation>een levensdomein dat het noemt, staat niet in het project (id %1)</translation>
    </message>
    <message>
        <source>a person it names is not a person of this scenario (id %1)</source>
        <translation>een persoon die het noemt, is geen persoon van deze casus (id %1)</translation>
    </message>
    <message>
        <source>the professional it names is not in the project (id %1)</source>
        <translation>de professional die het noemt, staat niet in het project (id %1)</translation>
    </message>
    <message>
        <source>a theme it names is not in the project (id %1)</source>
        <translation>een thema dat het noemt, staat niet in het project (id %1)</translation>
    </message>
    <message>
        <source>the legal source it names is not in the project (id %1)</source>
        <translation>de juridische bron die het noemt, staat niet in het project (id %1)</translation>
    </message>
    <message>
        <source>%1 %2 is not a number such as 7 or 5.2</source>
        <translation>%1 %2 is geen nummer zoals 7 of 5.2</translation>
    </message>
    <message>
        <source>article %1 is not an article number such as 272, 7:457 or 5.2.6</source>
        <translation>artikel %1 is geen artikelnummer zoals 272, 7:457 of 5.2.6</translation>
    </message>
    <message>
        <source>lid %1 is not a number such as 2</source>
        <translation>lid %1 is geen nummer zoals 2</translation>
    </message>
    <message>
        <source>it names lid %1, but legal source %2 gives no article</source>
        <translation>noemt lid %1, maar juridische bron %2 noemt geen artikel</translation>
    </message>
    <message>
        <source>onderdeel %1 is not a letter or number such as a or 1°</source>
        <translation>onderdeel %1 is geen letter of nummer zoals a of 1°</translation>
    </message>
    <message>
        <source>it names no lid of %1, which other references cite by lid; say which lid</source>
        <translation>noemt geen lid van %1, terwijl andere verwijzingen het met een lid citeren; noem het lid</translation>
    </message>
    <message>
        <source>it names no onderdeel of %1, which other references cite by onderdeel; say which onderdeel</source>
        <translation>noemt geen onderdeel van %1, terwijl andere verwijzingen het met een onderdeel citeren; noem het onderdeel</translation>
    </message>
    <message>
        <source>law changed since the approval of %1: the legal source %2 changed since</source>
        <translation>wet gewijzigd sinds de goedkeuring van %1: de juridische bron %2 is sindsdien gewijzigd</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has words the dictionary does not know: %2</source>
        <translation>veld &apos;%1&apos; heeft woorden die het woordenboek niet kent: %2</translation>
    </message>
    <message>
        <source>%1 (write %2)</source>
        <translation>%1 (schrijf %2)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; uses jargon: %2</source>
        <translation>veld &apos;%1&apos; gebruikt jargon: %2</translation>
    </message>
    <message>
        <source>reading ease %1 (at least %2)</source>
        <translation>leesgemak %1 (minstens %2)</translation>
    </message>
    <message>
        <source>%1 words a sentence on average (at most %2)</source>
        <translation>gemiddeld %1 woorden per zin (hoogstens %2)</translation>
    </message>
    <message>
        <source>a sentence of %1 words (at most %2)</source>
        <translation>een zin van %1 woorden (hoogstens %2)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is hard to read: %2</source>
        <translation>veld &apos;%1&apos; is moeilijk leesbaar: %2</translation>
    </message>
    <message>
        <source>asset %1 has no alt text, so the site leaves the picture out</source>
        <translation>bestand %1 heeft geen alternatieve tekst, dus de website laat de afbeelding weg</translation>
    </message>
</context>
<context>
    <name>kd::ChildListEditor</name>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Legal references</source>
        <translation>Wetsverwijzingen</translation>
    </message>
    <message>
        <source>Add &amp;Option</source>
        <translation>&amp;Nieuwe optie</translation>
    </message>
    <message>
        <source>Add Legal &amp;Reference</source>
        <translation>Nieuwe &amp;wetsverwijzing</translation>
    </message>
    <message>
        <source>Add an option at the end</source>
        <translation>Een optie achteraan toevoegen</translation>
    </message>
    <message>
        <source>Add a legal reference at the end</source>
        <translation>Een wetsverwijzing achteraan toevoegen</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Optie %1</translation>
    </message>
    <message>
        <source>Legal reference %1</source>
        <translation>Wetsverwijzing %1</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move this item up</source>
        <translation>Dit onderdeel omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move this item down</source>
        <translation>Dit onderdeel omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Delete this item</source>
        <translation>Dit onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Add Option</source>
        <translation>Optie toevoegen</translation>
    </message>
    <message>
        <source>Add Legal Reference</source>
        <translation>Wetsverwijzing toevoegen</translation>
    </message>
    <message>
        <source>Delete Option</source>
        <translation>Optie verwijderen</translation>
    </message>
    <message>
        <source>Delete Legal Reference</source>
        <translation>Wetsverwijzing verwijderen</translation>
    </message>
    <message>
        <source>Move Option</source>
        <translation>Optie verplaatsen</translation>
    </message>
    <message>
        <source>Move Legal Reference</source>
        <translation>Wetsverwijzing verplaatsen</translation>
    </message>
    <message>
        <source>Cites %1</source>
        <translation>Citeert %1</translation>
    </message>
    <message>
        <source>Open the text</source>
        <translation>Open de tekst</translation>
    </message>
    <message>
        <source>Open the article</source>
        <translation>Open het artikel</translation>
    </message>
</context>
<context>
    <name>kd::ColourEditor</name>
    <message>
        <source>Choose colour...</source>
        <translation>Kleur kiezen...</translation>
    </message>
    <message>
        <source>Choose Colour</source>
        <translation>Kleur kiezen</translation>
    </message>
</context>
<context>
    <name>kd::Commands</name>
    <message>
        <source>Change %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Others are changing the project too quickly; try again in a moment.</source>
        <translation>Anderen wijzigen het project te snel; probeer het zo dadelijk opnieuw.</translation>
    </message>
</context>
<context>
    <name>kd::ConflictDialog</name>
    <message>
        <source>Someone else changed this</source>
        <translation>Iemand anders heeft dit gewijzigd</translation>
    </message>
    <message>
        <source>Keep their version, or write yours over it? Undo takes yours back to theirs.</source>
        <translation>Hun versie houden, of de uwe eroverheen schrijven? Ongedaan maken zet de uwe terug naar die van hen.</translation>
    </message>
    <message>
        <source>&amp;Their version</source>
        <translation>&amp;Hun versie</translation>
    </message>
    <message>
        <source>&amp;Your version</source>
        <translation>&amp;Uw versie</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Hun versie houden</translation>
    </message>
    <message>
        <source>&amp;Use Mine</source>
        <translation>&amp;Mijn versie gebruiken</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>%1 of “%2”</source>
        <translation>%1 van “%2”</translation>
    </message>
    <message>
        <source>%1 changed %2 while you were editing it.</source>
        <translation>%1 heeft %2 gewijzigd terwijl u het bewerkte.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 while you were editing it.</source>
        <translation>%1 heeft %2 om %3 gewijzigd terwijl u het bewerkte.</translation>
    </message>
</context>
<context>
    <name>kd::ConnectionLabel</name>
    <message>
        <source>Connection to the server lost: edits are refused until it is back. Reconnecting…</source>
        <translation>Verbinding met de server verbroken: wijzigingen worden geweigerd tot ze terug is. Opnieuw verbinden…</translation>
    </message>
    <message>
        <source>The editor checks the server every few seconds and reconnects by itself; what was saved before is safe on the server.</source>
        <translation>De editor controleert de server om de paar seconden en maakt zelf opnieuw verbinding; wat eerder is opgeslagen, staat veilig op de server.</translation>
    </message>
</context>
<context>
    <name>kd::ContentDiff</name>
    <message>
        <source>Option %1</source>
        <translation>Optie %1</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>Optie %1: %2</translation>
    </message>
    <message>
        <source>Order of the options</source>
        <translation>Volgorde van de opties</translation>
    </message>
    <message>
        <source>Legal reference %1</source>
        <translation>Wetsverwijzing %1</translation>
    </message>
    <message>
        <source>Legal reference %1: %2</source>
        <translation>Wetsverwijzing %1: %2</translation>
    </message>
    <message>
        <source>Order of the legal references</source>
        <translation>Volgorde van de wetsverwijzingen</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Aanbevolen</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Aanvaardbaar</translation>
    </message>
    <message>
        <source>Not advisable</source>
        <translation>Niet aan te raden</translation>
    </message>
</context>
<context>
    <name>kd::CreateKeyDialog</name>
    <message>
        <source>Create Reviewer Key</source>
        <translation>Beoordelaarssleutel maken</translation>
    </message>
    <message>
        <source>Your reviewer key signs your approvals. It stays on this computer, readable only by you; a passphrase protects it further, and is asked once each time the editor starts.</source>
        <translation>Uw beoordelaarssleutel ondertekent uw goedkeuringen. Hij blijft op deze computer, alleen door u leesbaar; een wachtwoordzin beschermt hem extra, en wordt één keer gevraagd elke keer dat de editor start.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Passphrase (optional):</source>
        <translation>&amp;Wachtwoordzin (optioneel):</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Herhaal wachtwoordzin:</translation>
    </message>
    <message>
        <source>The key needs your name.</source>
        <translation>De sleutel heeft uw naam nodig.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
</context>
<context>
    <name>kd::Database</name>
    <message>
        <source>no database connection</source>
        <translation>geen verbinding met de database</translation>
    </message>
    <message>
        <source>an inner step failed; nothing was written</source>
        <translation>een tussenstap is mislukt; er is niets opgeslagen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written to</source>
        <translation>er kan niet naar het bestand of de map ervan worden geschreven</translation>
    </message>
    <message>
        <source>another program is writing to the project; try again in a moment</source>
        <translation>een ander programma schrijft naar het project; probeer het zo opnieuw</translation>
    </message>
</context>
<context>
    <name>kd::DateEditor</name>
    <message>
        <source>Whether there is a date</source>
        <translation>Wel of geen datum</translation>
    </message>
</context>
<context>
    <name>kd::EntityFactory</name>
    <message>
        <source>Paste %1</source>
        <translation>%1 plakken</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 dupliceren</translation>
    </message>
</context>
<context>
    <name>kd::EntityForm</name>
    <message>
        <source>The project is open read-only: nothing can be changed.</source>
        <translation>Het project is alleen-lezen geopend: er kan niets worden gewijzigd.</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Bestand vervangen</translation>
    </message>
    <message>
        <source>No citation to the article: give the BWB id or CELEX number and the article.</source>
        <translation>Geen verwijzing naar het artikel: vul het BWB-id of CELEX-nummer en het artikel in.</translation>
    </message>
    <message>
        <source>Citation: %1</source>
        <translation>Verwijzing: %1</translation>
    </message>
    <message>
        <source>A code or guideline: cited by its URL and the edition in Version checked.</source>
        <translation>Een beroepscode of richtlijn: verwezen met de URL en de editie bij Versie gecontroleerd.</translation>
    </message>
    <message>
        <source>Open the text</source>
        <translation>Open de tekst</translation>
    </message>
</context>
<context>
    <name>kd::EntityLabels</name>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>life domain</source>
        <translation>levensdomein</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>legal source</source>
        <translation>juridische bron</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thema</translation>
    </message>
    <message>
        <source>glossary term</source>
        <translation>begrip</translation>
    </message>
    <message>
        <source>asset</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>casus</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>moment</translation>
    </message>
    <message>
        <source>dilemma</source>
        <translation>dilemma</translation>
    </message>
    <message>
        <source>option</source>
        <translation>optie</translation>
    </message>
    <message>
        <source>legal reference</source>
        <translation>wetsverwijzing</translation>
    </message>
    <message>
        <source>review</source>
        <translation>beoordeling</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Life domains</source>
        <translation>Levensdomeinen</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Legal sources</source>
        <translation>Juridische bronnen</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Begrippenlijst</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momenten</translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation>Dilemma&apos;s</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Legal references</source>
        <translation>Wetsverwijzingen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in beoordeling</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>trusted reviewer</source>
        <translation>vertrouwde beoordelaar</translation>
    </message>
    <message>
        <source>Trusted reviewers</source>
        <translation>Vertrouwde beoordelaars</translation>
    </message>
    <message>
        <source>review comment</source>
        <translation>beoordelingsopmerking</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Beoordelingsopmerkingen</translation>
    </message>
</context>
<context>
    <name>kd::EnumLabels</name>
    <message>
        <source>Medical secrecy</source>
        <translation>Medisch beroepsgeheim</translation>
    </message>
    <message>
        <source>Professional secrecy</source>
        <translation>Beroepsgeheim</translation>
    </message>
    <message>
        <source>Youth Act secrecy</source>
        <translation>Geheimhouding Jeugdwet</translation>
    </message>
    <message>
        <source>Police data</source>
        <translation>Politiegegevens</translation>
    </message>
    <message>
        <source>Statutory task</source>
        <translation>Wettelijke taak</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertrouwelijkheid</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Aanbevolen</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Aanvaardbaar</translation>
    </message>
    <message>
        <source>Not advisable</source>
        <translation>Niet aan te raden</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Legal source</source>
        <translation>Juridische bron</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Begrip</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Dilemma</source>
        <translation>Dilemma</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Wetsverwijzing</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Trusted reviewer</source>
        <translation>Vertrouwde beoordelaar</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Beoordelingsopmerking</translation>
    </message>
</context>
<context>
    <name>kd::ExportDialog</name>
    <message>
        <source>&amp;XML (package.xml)</source>
        <translation>&amp;XML (package.xml)</translation>
    </message>
    <message>
        <source>&amp;JSON (package.json)</source>
        <translation>&amp;JSON (package.json)</translation>
    </message>
    <message>
        <source>Mark as &amp;draft</source>
        <translation>Markeren als &amp;concept</translation>
    </message>
    <message>
        <source>Include &amp;review notes (staff only)</source>
        <translation>&amp;Beoordelingsnotities meenemen (alleen intern)</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Pakket exporteren</translation>
    </message>
    <message>
        <source>A draft package may hold content that is not yet approved; the manifest says it is a draft.</source>
        <translation>Een conceptpakket mag inhoud bevatten die nog niet is goedgekeurd; het manifest vermeldt dat het een concept is.</translation>
    </message>
    <message>
        <source>Reviewer names, review comments and the change log are staff data: leave them out of packages for the public website.</source>
        <translation>Namen van beoordelaars, beoordelingsopmerkingen en het wijzigingslogboek zijn interne gegevens: laat ze weg uit pakketten voor de openbare website.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>B&amp;laderen...</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>Map voor het pakket</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formaten:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Choose a folder for the package.</source>
        <translation>Kies een map voor het pakket.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Kies ten minste één formaat.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no approval that counts (not approved, or changed since the approval). The validation dock lists them as warnings. Have them approved, or export as a draft.</source>
        <translation>
            <numerusform>%n item heeft geen goedkeuring die telt (niet goedgekeurd, of gewijzigd sinds de goedkeuring). Het validatievenster toont het als waarschuwing. Laat het goedkeuren, of exporteer als concept.</numerusform>
            <numerusform>%n items hebben geen goedkeuring die telt (niet goedgekeurd, of gewijzigd sinds de goedkeuring). Het validatievenster toont ze als waarschuwingen. Laat ze goedkeuren, of exporteer als concept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) the validation dock lists.</source>
        <translation>
            <numerusform>Herstel de %n fout die het validatievenster toont.</numerusform>
            <numerusform>Herstel de %n fouten die het validatievenster toont.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) the validation dock lists, and have the items without an approval that counts approved (the dock lists them as warnings), or export as a draft.</source>
        <translation>
            <numerusform>Herstel de %n fout die het validatievenster toont en laat de items zonder goedkeuring die telt goedkeuren (het venster toont ze als waarschuwingen), of exporteer als concept.</numerusform>
            <numerusform>Herstel de %n fouten die het validatievenster toont en laat de items zonder goedkeuring die telt goedkeuren (het venster toont ze als waarschuwingen), of exporteer als concept.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>The last package you published: the new package then also says what changed since it (changes.json), as kdtool diff does.</source>
        <translation>Het laatste pakket dat u publiceerde: het nieuwe pakket zegt dan ook wat er sindsdien is veranderd (changes.json), zoals kdtool diff dat doet.</translation>
    </message>
    <message>
        <source>Br&amp;owse...</source>
        <translation>Bl&amp;aderen...</translation>
    </message>
    <message>
        <source>Earlier package</source>
        <translation>Eerder pakket</translation>
    </message>
    <message>
        <source>&amp;Changes since:</source>
        <translation>&amp;Wijzigingen sinds:</translation>
    </message>
    <message>
        <source>&amp;Website (site/index.html)</source>
        <translation>Websi&amp;te (site/index.html)</translation>
    </message>
    <message>
        <source>A static website of the package, as professionals will read it: open site/index.html in a browser, or publish the folder on any web server.</source>
        <translation>Een statische website van het pakket, zoals professionals het lezen: open site/index.html in een browser, of zet de map op een webserver.</translation>
    </message>
</context>
<context>
    <name>kd::ExportResultDialog</name>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>Package Exported</source>
        <translation>Pakket geëxporteerd</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Concept:</translation>
    </message>
    <message>
        <source>Review notes:</source>
        <translation>Beoordelingsnotities:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Inhoud:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Bestanden:</translation>
    </message>
    <message>
        <source>The list of files could not be read: %1</source>
        <translation>De lijst met bestanden kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Yes: it may hold content that is not approved, and is not meant for publication</source>
        <translation>Ja: het kan inhoud bevatten die niet is goedgekeurd, en is niet bedoeld voor publicatie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Included: reviewer names and comments are staff data</source>
        <translation>Opgenomen: namen en opmerkingen van beoordelaars zijn gegevens voor medewerkers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Niets</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all</source>
        <translation>
            <numerusform>%n bestand, %1 in totaal</numerusform>
            <numerusform>%n bestanden, %1 in totaal</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>De map %1 kon niet worden geopend.</translation>
    </message>
</context>
<context>
    <name>kd::FieldTable</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschrijving</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Uitgever</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Taa&amp;l</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Sleutel</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Kleur</translation>
    </message>
    <message>
        <source>&amp;Secrecy regime</source>
        <translation>&amp;Geheimhouding</translation>
    </message>
    <message>
        <source>Default le&amp;gal sources</source>
        <translation>Standaard &amp;juridische bronnen</translation>
    </message>
    <message>
        <source>&amp;Icon</source>
        <translation>&amp;Pictogram</translation>
    </message>
    <message>
        <source>&amp;Short title</source>
        <translation>&amp;Korte titel</translation>
    </message>
    <message>
        <source>&amp;Full title</source>
        <translation>&amp;Volledige titel</translation>
    </message>
    <message>
        <source>&amp;Pinpoint</source>
        <translation>Vind&amp;plaats</translation>
    </message>
    <message>
        <source>I&amp;dentifier</source>
        <translation>&amp;Identificatie</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>Valid f&amp;rom</source>
        <translation>Geldig va&amp;naf</translation>
    </message>
    <message>
        <source>Valid u&amp;ntil</source>
        <translation>Geldig &amp;tot</translation>
    </message>
    <message>
        <source>Re&amp;view by</source>
        <translation>&amp;Herbeoordelen vóór</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Sa&amp;menvatting</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>&amp;Begrip</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definitie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Media type</source>
        <translation>&amp;Mediatype</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>Sa&amp;menvatting</translation>
    </message>
    <message>
        <source>C&amp;alamity basis</source>
        <translation>Ge&amp;baseerd op calamiteit</translation>
    </message>
    <message>
        <source>C&amp;over picture</source>
        <translation>&amp;Omslagafbeelding</translation>
    </message>
    <message>
        <source>&amp;Role in the family</source>
        <translation>&amp;Rol in het gezin</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>&amp;Leeftijd</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Verhaal</translation>
    </message>
    <message>
        <source>&amp;Life domains</source>
        <translation>&amp;Levensdomeinen</translation>
    </message>
    <message>
        <source>P&amp;ersons involved</source>
        <translation>&amp;Betrokken personen</translation>
    </message>
    <message>
        <source>&amp;Professional</source>
        <translation>&amp;Professional</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Vraag</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>S&amp;ituatie</translation>
    </message>
    <message>
        <source>&amp;Considerations</source>
        <translation>&amp;Overwegingen</translation>
    </message>
    <message>
        <source>Solution &amp;direction</source>
        <translation>Oplossings&amp;richting</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Thema&apos;s</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>Oor&amp;deel</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <source>Legal &amp;source</source>
        <translation>&amp;Juridische bron</translation>
    </message>
    <message>
        <source>Pi&amp;npoint</source>
        <translation>Vindpl&amp;aats</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Toeli&amp;chting</translation>
    </message>
    <message>
        <source>Versi&amp;on checked</source>
        <translation>Versie ge&amp;controleerd</translation>
    </message>
    <message>
        <source>&amp;Boek</source>
        <translation>&amp;Boek</translation>
    </message>
    <message>
        <source>T&amp;iteldeel</source>
        <translation>Tit&amp;eldeel</translation>
    </message>
    <message>
        <source>&amp;Hoofdstuk</source>
        <translation>Hoof&amp;dstuk</translation>
    </message>
    <message>
        <source>Afdelin&amp;g</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <source>P&amp;aragraaf</source>
        <translation>Para&amp;graaf</translation>
    </message>
    <message>
        <source>Ar&amp;tikel</source>
        <translation>Artike&amp;l</translation>
    </message>
    <message>
        <source>L&amp;id</source>
        <translation>Lidnu&amp;mmer</translation>
    </message>
    <message>
        <source>Onderd&amp;eel</source>
        <translation>Ond&amp;erdeel</translation>
    </message>
    <message>
        <source>Project dictio&amp;nary</source>
        <translation>Projectwoorde&amp;nboek</translation>
    </message>
    <message>
        <source>&amp;Jargon</source>
        <translation>&amp;Jargon</translation>
    </message>
    <message>
        <source>Minimum reading &amp;ease</source>
        <translation>Minimaal l&amp;eesgemak</translation>
    </message>
    <message>
        <source>Ma&amp;ximum average sentence</source>
        <translation>Ma&amp;ximale gemiddelde zinslengte</translation>
    </message>
    <message>
        <source>Maximum sentence len&amp;gth</source>
        <translation>Maximale zinslen&amp;gte</translation>
    </message>
    <message>
        <source>&amp;Alt text</source>
        <translation>&amp;Alternatieve tekst</translation>
    </message>
</context>
<context>
    <name>kd::IssueListModel</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>kd::JsonPackageSink</name>
    <message>
        <source>the JSON could not be written</source>
        <translation>de JSON kan niet worden geschreven</translation>
    </message>
</context>
<context>
    <name>kd::JsonPackageSource</name>
    <message>
        <source>the member is missing</source>
        <translation>het lid ontbreekt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>een tekenreeks verwacht</translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation>een tekenreeks of null verwacht</translation>
    </message>
    <message>
        <source>longer than a package allows (%1 bytes)</source>
        <translation>langer dan een pakket toestaat (%1 bytes)</translation>
    </message>
    <message>
        <source>expected null or an object with the strings markdown and html</source>
        <translation>null of een object met de tekenreeksen markdown en html verwacht</translation>
    </message>
    <message>
        <source>expected a whole number or null</source>
        <translation>een geheel getal of null verwacht</translation>
    </message>
    <message>
        <source>expected an array of uids</source>
        <translation>een array van uid&apos;s verwacht</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>een array verwacht</translation>
    </message>
    <message>
        <source>item %1 is not an object</source>
        <translation>element %1 is geen object</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>een object verwacht</translation>
    </message>
    <message>
        <source>not a member the format knows</source>
        <translation>geen lid dat het formaat kent</translation>
    </message>
</context>
<context>
    <name>kd::JsonStreamReader</name>
    <message>
        <source>the input starts with a UTF-8 byte order mark (BOM), which JSON does not allow</source>
        <translation>de invoer begint met een UTF-8-bytevolgordemarkering (BOM), en die staat JSON niet toe</translation>
    </message>
    <message>
        <source>the nesting is deeper than %1 levels</source>
        <translation>de nesting is dieper dan %1 niveaus</translation>
    </message>
    <message>
        <source>duplicate member name &quot;%1&quot;</source>
        <translation>dubbele lidnaam &quot;%1&quot;</translation>
    </message>
    <message>
        <source>control character U+%1 must be escaped in a string</source>
        <translation>stuurteken U+%1 moet in een tekenreeks met een escape worden geschreven</translation>
    </message>
    <message>
        <source>control character U+%1 is not allowed</source>
        <translation>stuurteken U+%1 is niet toegestaan</translation>
    </message>
    <message>
        <source>invalid escape &quot;\%1&quot;</source>
        <translation>ongeldige escape &quot;\%1&quot;</translation>
    </message>
    <message>
        <source>invalid escape: a backslash followed by U+%1</source>
        <translation>ongeldige escape: een backslash gevolgd door U+%1</translation>
    </message>
    <message>
        <source>invalid escape: a backslash followed by a non-ASCII character</source>
        <translation>ongeldige escape: een backslash gevolgd door een niet-ASCII-teken</translation>
    </message>
    <message>
        <source>invalid \u escape: expected four hex digits</source>
        <translation>ongeldige \u-escape: vier hexadecimale cijfers verwacht</translation>
    </message>
    <message>
        <source>invalid \u escape: lone surrogate U+%1</source>
        <translation>ongeldige \u-escape: losse surrogaat U+%1</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ongeldige UTF-8</translation>
    </message>
    <message>
        <source>invalid number: expected a digit</source>
        <translation>ongeldig getal: een cijfer verwacht</translation>
    </message>
    <message>
        <source>a number must not have leading zeros</source>
        <translation>een getal mag niet met nullen beginnen</translation>
    </message>
    <message>
        <source>the input could not be read</source>
        <translation>de invoer kon niet worden gelezen</translation>
    </message>
    <message>
        <source>the input is longer than %1 bytes</source>
        <translation>de invoer is langer dan %1 bytes</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>onverwacht einde van de invoer</translation>
    </message>
    <message>
        <source>unexpected character U+%1</source>
        <translation>onverwacht teken U+%1</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>onverwacht teken &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; (U+%2)</source>
        <translation>onverwacht teken &apos;%1&apos; (U+%2)</translation>
    </message>
    <message>
        <source>character U+%1 is not allowed (XML 1.0 cannot hold it)</source>
        <translation>teken U+%1 is niet toegestaan (XML 1.0 kan het niet bevatten)</translation>
    </message>
    <message>
        <source>the string is longer than %1 bytes</source>
        <translation>de tekenreeks is langer dan %1 bytes</translation>
    </message>
    <message>
        <source>the member name is longer than %1 bytes</source>
        <translation>de lidnaam is langer dan %1 bytes</translation>
    </message>
    <message>
        <source>the number is longer than %1 bytes</source>
        <translation>het getal is langer dan %1 bytes</translation>
    </message>
    <message>
        <source>line %1, column %2 (byte %3): %4</source>
        <translation>regel %1, kolom %2 (byte %3): %4</translation>
    </message>
    <message>
        <source>the number %1 is out of range</source>
        <translation>het getal %1 valt buiten het bereik</translation>
    </message>
    <message>
        <source>the current token does not begin a value</source>
        <translation>het huidige token is niet het begin van een waarde</translation>
    </message>
</context>
<context>
    <name>kd::JsonStreamSource</name>
    <message>
        <source>the members of the package come in another order than package.json&apos;s own (&quot;%1&quot; before &quot;%2&quot;), and those that came early are over %3 MiB to hold</source>
        <translation>de leden van het pakket staan in een andere volgorde dan die van package.json zelf (&quot;%1&quot; vóór &quot;%2&quot;), en de leden die te vroeg komen, zijn meer dan %3 MiB om vast te houden</translation>
    </message>
</context>
<context>
    <name>kd::LawRegisterDock</name>
    <message>
        <source>Law Register</source>
        <translation>Wettenregister</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <source>Review due within %1 days</source>
        <translation>Herbeoordelen binnen %1 dagen</translation>
    </message>
    <message>
        <source>Changed since an approval</source>
        <translation>Gewijzigd sinds een goedkeuring</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filteren op titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version checked</source>
        <translation>Versie gecontroleerd</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Herbeoordelen vóór</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Geciteerd door</translation>
    </message>
    <message>
        <source>Changed since approval</source>
        <translation>Gewijzigd sinds goedkeuring</translation>
    </message>
    <message>
        <source>Legal sources</source>
        <translation>Juridische bronnen</translation>
    </message>
    <message>
        <source>Since its approval</source>
        <translation>Sinds de goedkeuring</translation>
    </message>
    <message>
        <source>What cites the selected source</source>
        <translation>Wat naar de gekozen bron verwijst</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actueel</translation>
    </message>
    <message>
        <source>Review soon</source>
        <translation>Binnenkort herbeoordelen</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Herbeoordeling verlopen</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Nog niet in werking</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vervallen</translation>
    </message>
    <message numerus="yes">
        <source>Review was due %n day(s) ago</source>
        <translation>
            <numerusform>Herbeoordeling was %n dag geleden nodig</numerusform>
            <numerusform>Herbeoordeling was %n dagen geleden nodig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review due in %n day(s)</source>
        <translation>
            <numerusform>Herbeoordelen over %n dag</numerusform>
            <numerusform>Herbeoordelen over %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved dilemmas that cite this source were approved before it changed.</source>
        <translation>Goedgekeurde dilemma’s die deze bron citeren, zijn goedgekeurd voordat de bron wijzigde.</translation>
    </message>
    <message>
        <source>As of %1: legal sources %2; due for review within %3 days %4; changed since an approval %5.</source>
        <translation>Op %1: juridische bronnen %2; binnen %3 dagen herbeoordelen %4; gewijzigd sinds een goedkeuring %5.</translation>
    </message>
    <message>
        <source>Dilemma: %1</source>
        <translation>Dilemma: %1</translation>
    </message>
    <message>
        <source>Professional: %1</source>
        <translation>Professional: %1</translation>
    </message>
    <message>
        <source>Law changed</source>
        <translation>Wet gewijzigd</translation>
    </message>
</context>
<context>
    <name>kd::LifeWheelView</name>
    <message>
        <source>Export Wheel as PNG...</source>
        <translation>Wiel exporteren als PNG...</translation>
    </message>
    <message>
        <source>Export Wheel as SVG...</source>
        <translation>Wiel exporteren als SVG...</translation>
    </message>
    <message>
        <source>Select a scenario to see its life wheel.</source>
        <translation>Selecteer een casus om het levenswiel te zien.</translation>
    </message>
    <message>
        <source>This scenario has no moments yet.</source>
        <translation>Deze casus heeft nog geen momenten.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(untitled moment)</source>
        <translation>(moment zonder titel)</translation>
    </message>
    <message>
        <source>No professional</source>
        <translation>Geen professional</translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation>(nog geen vraag)</translation>
    </message>
    <message>
        <source>No life domain</source>
        <translation>Geen levensdomein</translation>
    </message>
    <message>
        <source>Life domains: %1</source>
        <translation>Levensdomeinen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n dilemma(s)</source>
        <translation>
            <numerusform>%n dilemma</numerusform>
            <numerusform>%n dilemma&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Move moment</source>
        <translation>Moment verplaatsen</translation>
    </message>
    <message>
        <source>Cannot export a picture of %1 x %2 pixels.</source>
        <translation>Een afbeelding van %1 x %2 pixels kan niet worden geëxporteerd.</translation>
    </message>
    <message>
        <source>Not enough memory for a picture of %1 x %2 pixels.</source>
        <translation>Onvoldoende geheugen voor een afbeelding van %1 x %2 pixels.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Life wheel of %1</source>
        <translation>Levenswiel van %1</translation>
    </message>
    <message>
        <source>Export Wheel as SVG</source>
        <translation>Wiel exporteren als SVG</translation>
    </message>
    <message>
        <source>Export Wheel as PNG</source>
        <translation>Wiel exporteren als PNG</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-afbeeldingen (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>kd::Main</name>
    <message>
        <source>The project file, or a server project&apos;s postgresql:// address, to open.</source>
        <translation>Het projectbestand, of het postgresql://-adres van een serverproject, dat geopend wordt.</translation>
    </message>
</context>
<context>
    <name>kd::MainWindow</name>
    <message>
        <source>Kiezen &amp; Delen projects (*.kdproj)</source>
        <translation>Kiezen &amp; Delen-projecten (*.kdproj)</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Wijziging niet opgeslagen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nieuw...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Openen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Op&amp;nieuw: %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>Voo&amp;rkeuren...</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Project in gebruik</translation>
    </message>
    <message>
        <source>%1

%2

Open it read-only?</source>
        <translation>%1

%2

Alleen-lezen openen?</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Kan project niet openen</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Kan project niet maken</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Kiezen &amp; Delen Studio</source>
        <translation>Kiezen &amp; Delen Studio</translation>
    </message>
    <message>
        <source>Open a project with File &gt; Open, or make one with File &gt; New.</source>
        <translation>Open een project met Bestand &gt; Openen of maak een nieuw project met Bestand &gt; Nieuw.</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Geen project geopend</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [alleen-lezen]</translation>
    </message>
    <message>
        <source>%1 - Kiezen &amp; Delen Studio</source>
        <translation>%1 - Kiezen &amp; Delen Studio</translation>
    </message>
    <message>
        <source>Select an item in the tree to edit it.</source>
        <translation>Kies links een onderdeel om het te bewerken.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>&amp;Import Package...</source>
        <translation>Pakket &amp;importeren...</translation>
    </message>
    <message>
        <source>&amp;Export Package...</source>
        <translation>Pakket &amp;exporteren...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Exporting the package...</source>
        <translation>Het pakket wordt geëxporteerd...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Pakket exporteren</translation>
    </message>
    <message>
        <source>Exported the package to %1</source>
        <translation>Het pakket is geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exporteren geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>Export refused</source>
        <translation>Exporteren geweigerd</translation>
    </message>
    <message>
        <source>The package was not written.

%1</source>
        <translation>Het pakket is niet geschreven.

%1</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Pakket importeren</translation>
    </message>
    <message>
        <source>Packages (package.xml package.json manifest.json);;All files (*)</source>
        <translation>Pakketten (package.xml package.json manifest.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>New project from the package</source>
        <translation>Nieuw project uit het pakket</translation>
    </message>
    <message>
        <source>Choose another file than the project that is open.</source>
        <translation>Kies een ander bestand dan het project dat open is.</translation>
    </message>
    <message>
        <source>Cannot import the package</source>
        <translation>Kan het pakket niet importeren</translation>
    </message>
    <message>
        <source>Life Wheel</source>
        <translation>Levenswiel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Find in Project...</source>
        <translation>&amp;Zoeken in project...</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>&amp;Trusted Reviewers...</source>
        <translation>&amp;Vertrouwde beoordelaars...</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… en nog %n.</numerusform>
            <numerusform>… en nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, with approvals that do not count</source>
        <translation>Geïmporteerd, met goedkeuringen die niet tellen</translation>
    </message>
    <message>
        <source>The package was imported. Approvals that the package&apos;s signatures and your trust do not vouch for arrive as unapproved; nothing was left out of the review records. Trust their reviewers in Project &gt; Trusted Reviewers to make their signed approvals count.</source>
        <translation>Het pakket is geïmporteerd. Goedkeuringen waarvoor de handtekeningen van het pakket en uw vertrouwen niet instaan, komen binnen als niet goedgekeurd; er is niets uit de beoordelingen weggelaten. Vertrouw hun beoordelaars via Project &gt; Vertrouwde beoordelaars om hun ondertekende goedkeuringen te laten tellen.</translation>
    </message>
    <message>
        <source>Open &amp;Server Project...</source>
        <translation>Ser&amp;verproject openen...</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>uw login</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Aanmelden bij de server</translation>
    </message>
    <message>
        <source>%1

Password for %2 (%3):</source>
        <translation>%1

Wachtwoord voor %2 (%3):</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Signed in as %1 (no role in this project)</source>
        <translation>Aangemeld als %1 (geen rol in dit project)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Aangemeld als %1 (%2)</translation>
    </message>
    <message>
        <source>The server checked this login: the change log and reviews record it, not the name in Preferences.</source>
        <translation>De server heeft deze login gecontroleerd: het wijzigingslogboek en de beoordelingen leggen die vast, niet de naam in Voorkeuren.</translation>
    </message>
    <message>
        <source>File project: changes are recorded under the name in Preferences (not a checked identity).</source>
        <translation>Projectbestand: wijzigingen worden vastgelegd onder de naam in Voorkeuren (geen gecontroleerde identiteit).</translation>
    </message>
    <message>
        <source>Author name: %1</source>
        <translation>Naam auteur: %1</translation>
    </message>
    <message>
        <source>Connected again</source>
        <translation>Weer verbonden</translation>
    </message>
    <message>
        <source>%1: the project is read-only for this login</source>
        <translation>%1: het project is alleen-lezen voor deze login</translation>
    </message>
    <message>
        <source>The change could not be saved to the project and was not made.

%1</source>
        <translation>De wijziging kon niet in het project worden opgeslagen en is niet gemaakt.

%1</translation>
    </message>
    <message>
        <source>Export Review &amp;Packet...</source>
        <translation>Review&amp;pakket exporteren...</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>Alle casussen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export review packet</source>
        <translation>Reviewpakket exporteren</translation>
    </message>
    <message>
        <source>Scenarios in the packet:</source>
        <translation>Casussen in het pakket:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Review packet not written</source>
        <translation>Reviewpakket niet geschreven</translation>
    </message>
    <message>
        <source>The review packet was not written to %1.

%2</source>
        <translation>Het reviewpakket is niet naar %1 geschreven.

%2</translation>
    </message>
    <message>
        <source>Wrote the review packet to %1</source>
        <translation>Reviewpakket geschreven naar %1</translation>
    </message>
    <message>
        <source>Preview on the &amp;Website</source>
        <translation>Voorbeeld op de &amp;website</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
</context>
<context>
    <name>kd::MarkdownEdit</name>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Vet (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Cursief (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lijst met opsommingstekens</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <source>Link...</source>
        <translation>Link...</translation>
    </message>
    <message>
        <source>Insert Link</source>
        <translation>Link invoegen</translation>
    </message>
    <message>
        <source>Link address (https:// or mailto:):</source>
        <translation>Linkadres (https:// of mailto:):</translation>
    </message>
    <message>
        <source>Only https and mailto links are allowed: &quot;%1&quot; is neither.</source>
        <translation>Alleen https- en mailto-links zijn toegestaan: &quot;%1&quot; is geen van beide.</translation>
    </message>
</context>
<context>
    <name>kd::MarkdownEditor</name>
    <message>
        <source>Readability</source>
        <translation>Leesbaarheid</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s); the longest sentence %1.</source>
        <translation>
            <numerusform>%n woord; de langste zin %1.</numerusform>
            <numerusform>%n woorden; de langste zin %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n woord</numerusform>
            <numerusform>%n woorden</numerusform>
        </translation>
    </message>
    <message>
        <source>reading ease below %1</source>
        <translation>leesgemak onder %1</translation>
    </message>
    <message>
        <source>more than %1 words a sentence on average</source>
        <translation>gemiddeld meer dan %1 woorden per zin</translation>
    </message>
    <message>
        <source>a sentence of more than %1 words</source>
        <translation>een zin van meer dan %1 woorden</translation>
    </message>
    <message>
        <source>Hard to read for plain language (B1): %1. %2</source>
        <translation>Moeilijk leesbaar voor taalniveau B1: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Reading ease %1 (Flesch–Douma); %2 words a sentence, the longest %3; %n long word(s).</source>
        <translation>
            <numerusform>Leesgemak %1 (Flesch-Douma); %2 woorden per zin, de langste %3; %n lang woord.</numerusform>
            <numerusform>Leesgemak %1 (Flesch-Douma); %2 woorden per zin, de langste %3; %n lange woorden.</numerusform>
        </translation>
    </message>
    <message>
        <source>A long word has five syllables or more. docs/rules.md, &quot;Plain-language limits&quot;, explains the measures.</source>
        <translation>Een lang woord heeft vijf lettergrepen of meer. docs/rules.md, &quot;Plain-language limits&quot;, legt de maten uit.</translation>
    </message>
</context>
<context>
    <name>kd::OptionalIntegerEditor</name>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>kd::PackageFile</name>
    <message>
        <source>the file is not open</source>
        <translation>het bestand is niet geopend</translation>
    </message>
</context>
<context>
    <name>kd::PackageManifest</name>
    <message>
        <source>format version %1 is not one this program reads (%2)</source>
        <translation>formaatversie %1 kan dit programma niet lezen (het leest %2)</translation>
    </message>
    <message>
        <source>lists the unsafe file name &apos;%1&apos;</source>
        <translation>noemt de onveilige bestandsnaam &apos;%1&apos;</translation>
    </message>
    <message>
        <source>does not match its SHA-256 in the manifest</source>
        <translation>komt niet overeen met de SHA-256 in het manifest</translation>
    </message>
    <message>
        <source>not listed in manifest.json</source>
        <translation>staat niet in manifest.json</translation>
    </message>
    <message>
        <source>the content hash does not match</source>
        <translation>de inhoudshash komt niet overeen</translation>
    </message>
    <message>
        <source>exists and is not a Kiezen &amp; Delen package; refusing to replace it</source>
        <translation>bestaat al en is geen Kiezen &amp; Delen-pakket; het wordt niet vervangen</translation>
    </message>
    <message>
        <source>exists and holds &apos;%1&apos;, which is not part of the package its manifest describes; refusing to replace it</source>
        <translation>bestaat al en bevat &apos;%1&apos;, dat niet hoort bij het pakket dat het manifest beschrijft; het wordt niet vervangen</translation>
    </message>
    <message>
        <source>is missing; a package without its manifest cannot be checked and is not read</source>
        <translation>ontbreekt; een pakket zonder manifest kan niet worden gecontroleerd en wordt niet gelezen</translation>
    </message>
    <message>
        <source>not a valid manifest: %1</source>
        <translation>geen geldig manifest: %1</translation>
    </message>
    <message>
        <source>is %1 bytes, not the %2 bytes the manifest lists</source>
        <translation>is %1 bytes, niet de %2 bytes die het manifest noemt</translation>
    </message>
    <message>
        <source>does not match its size in the manifest</source>
        <translation>komt niet overeen met de grootte in het manifest</translation>
    </message>
    <message>
        <source>manifest.sig is not a manifest signature this program reads</source>
        <translation>manifest.sig is geen manifesthandtekening die dit programma kan lezen</translation>
    </message>
    <message>
        <source>the package is signed with key %1, not with the key %2 given</source>
        <translation>het pakket is ondertekend met sleutel %1, niet met de opgegeven sleutel %2</translation>
    </message>
    <message>
        <source>the signature of manifest.json does not verify: the manifest was changed after it was signed</source>
        <translation>de handtekening van manifest.json klopt niet: het manifest is na het ondertekenen gewijzigd</translation>
    </message>
</context>
<context>
    <name>kd::PackageMapping</name>
    <message>
        <source>&apos;%1&apos; is not a life-domain in this package</source>
        <translation>&apos;%1&apos; is geen levensdomein in dit pakket</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a professional in this package</source>
        <translation>&apos;%1&apos; is geen professional in dit pakket</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a legal-source in this package</source>
        <translation>&apos;%1&apos; is geen juridische bron in dit pakket</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a theme in this package</source>
        <translation>&apos;%1&apos; is geen thema in dit pakket</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a asset in this package</source>
        <translation>&apos;%1&apos; is geen bestand in dit pakket</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a colour like #1a2b3c</source>
        <translation>&apos;%1&apos; is geen kleur zoals #1a2b3c</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a safe asset path</source>
        <translation>&apos;%1&apos; is geen veilig pad voor een bestand</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by two assets</source>
        <translation>&apos;%1&apos; wordt door twee bestanden gebruikt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SHA-256</source>
        <translation>&apos;%1&apos; is geen SHA-256</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dilemma or legal source in this package</source>
        <translation>&apos;%1&apos; is geen dilemma of juridische bron in dit pakket</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a uid</source>
        <translation>&apos;%1&apos; is geen uid</translation>
    </message>
    <message>
        <source>%1 is not an age from 0 to 130</source>
        <translation>%1 is geen leeftijd van 0 tot en met 130</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a person of this scenario</source>
        <translation>&apos;%1&apos; is geen persoon in deze casus</translation>
    </message>
    <message>
        <source>the uid %1 is used twice</source>
        <translation>de uid %1 wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key like &apos;familie-de-vries&apos;</source>
        <translation>&apos;%1&apos; is geen sleutel zoals &apos;familie-de-vries&apos;</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is used twice</source>
        <translation>de sleutel &apos;%1&apos; wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>een waarde is verplicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date like 2026-03-01</source>
        <translation>&apos;%1&apos; is geen datum zoals 2026-03-01</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UTC time like 2026-03-01T09:30:00.000Z</source>
        <translation>&apos;%1&apos; is geen UTC-tijd zoals 2026-03-01T09:30:00.000Z</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; is niet een van %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an Ed25519 public key in base64</source>
        <translation>&apos;%1&apos; is geen publieke Ed25519-sleutel in base64</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the fingerprint of the key</source>
        <translation>&apos;%1&apos; is niet de vingerafdruk van de sleutel</translation>
    </message>
    <message>
        <source>the key %1 is listed twice</source>
        <translation>de sleutel %1 staat twee keer in de lijst</translation>
    </message>
    <message>
        <source>a signature needs the fingerprint of its key, and the other way round</source>
        <translation>een handtekening heeft de vingerafdruk van haar sleutel nodig, en omgekeerd</translation>
    </message>
    <message>
        <source>a question or answer needs text</source>
        <translation>een vraag of antwoord heeft tekst nodig</translation>
    </message>
    <message>
        <source>a question opens a thread; it names none</source>
        <translation>een vraag opent een draad; ze noemt er geen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a review question before this note in this package</source>
        <translation>&apos;%1&apos; is geen beoordelingsvraag vóór deze opmerking in dit pakket</translation>
    </message>
    <message>
        <source>the review thread &apos;%1&apos; is about another item</source>
        <translation>de beoordelingsdraad &apos;%1&apos; gaat over een ander onderdeel</translation>
    </message>
    <message>
        <source>%1 is not a number from %2 to %3</source>
        <translation>%1 is geen getal van %2 tot en met %3</translation>
    </message>
</context>
<context>
    <name>kd::PackageReader</name>
    <message>
        <source>the document is not a JSON object</source>
        <translation>het document is geen JSON-object</translation>
    </message>
    <message>
        <source>format version %1 is not one this program reads (%2)</source>
        <translation>formaatversie %1 kan dit programma niet lezen (het leest %2)</translation>
    </message>
    <message>
        <source>a format version is required</source>
        <translation>een formaatversie is verplicht</translation>
    </message>
    <message>
        <source>not a package: no package.xml or package.json</source>
        <translation>geen pakket: geen package.xml of package.json</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>dit bestand of deze map bestaat niet</translation>
    </message>
    <message>
        <source>does not match its SHA-256 in %1</source>
        <translation>komt niet overeen met de SHA-256 in %1</translation>
    </message>
    <message>
        <source>not a package file: a package is package.xml or package.json beside its manifest.json</source>
        <translation>geen pakketbestand: een pakket is package.xml of package.json naast het bijbehorende manifest.json</translation>
    </message>
    <message>
        <source>grew while it was being read</source>
        <translation>werd groter terwijl het werd gelezen</translation>
    </message>
    <message>
        <source>is missing: the package is not signed</source>
        <translation>ontbreekt: het pakket is niet ondertekend</translation>
    </message>
    <message>
        <source>is not listed in the signed manifest</source>
        <translation>staat niet in het ondertekende manifest</translation>
    </message>
    <message>
        <source>the package trusts reviewer key %1%2, but nothing given to the import vouches for it: it is left out, and its approvals do not count (import with --trust KEY.pub to trust it)</source>
        <translation>het pakket vertrouwt beoordelaarssleutel %1%2, maar niets wat bij de import is opgegeven staat ervoor in: de sleutel wordt weggelaten en de goedkeuringen ermee tellen niet (importeer met --trust SLEUTEL.pub om hem te vertrouwen)</translation>
    </message>
    <message>
        <source>Reviewer %1</source>
        <translation>Beoordelaar %1</translation>
    </message>
    <message>
        <source>the approval of %1 arrives as unapproved: %2</source>
        <translation>de goedkeuring van %1 komt binnen als niet goedgekeurd: %2</translation>
    </message>
</context>
<context>
    <name>kd::PackageWriter</name>
    <message>
        <source>export cancelled</source>
        <translation>exporteren geannuleerd</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>exists and is not a package directory</source>
        <translation>bestaat al en is geen pakketmap</translation>
    </message>
    <message numerus="yes">
        <source>validation found %n error(s); export refused</source>
        <extracomment>%n is the number of validation errors.</extracomment>
        <translation>
            <numerusform>de validatie vond %n fout; exporteren geweigerd</numerusform>
            <numerusform>de validatie vond %n fouten; exporteren geweigerd</numerusform>
        </translation>
    </message>
    <message>
        <source>no format to export</source>
        <translation>geen formaat om te exporteren</translation>
    </message>
    <message>
        <source>not a directory name</source>
        <translation>geen mapnaam</translation>
    </message>
    <message>
        <source>cannot create the directory</source>
        <translation>de map kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>er kan geen tijdelijke map worden gemaakt: %1</translation>
    </message>
    <message>
        <source>the package would not be valid: %1</source>
        <translation>het pakket zou niet geldig zijn: %1</translation>
    </message>
    <message>
        <source>cannot create assets/</source>
        <translation>assets/ kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>cannot move the new package into place: %1</source>
        <translation>het nieuwe pakket kan niet op zijn plaats worden gezet: %1</translation>
    </message>
    <message>
        <source>cannot read the project: %1</source>
        <translation>het project kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>a package file would be larger than %1 bytes, the most a package may hold (and a reader takes)</source>
        <translation>een pakketbestand zou groter worden dan %1 bytes, het meeste dat een pakket mag bevatten (en dat een lezer aanneemt)</translation>
    </message>
    <message>
        <source>cannot compare with this earlier package (--since): %1</source>
        <translation>kan niet vergelijken met dit eerdere pakket (--since): %1</translation>
    </message>
    <message>
        <source>the changes since a package need the whole project</source>
        <translation>de wijzigingen sinds een pakket vragen het hele project</translation>
    </message>
</context>
<context>
    <name>kd::PostgresBackend</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>het PostgreSQL-stuurprogramma van Qt is niet geïnstalleerd (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the server refused the login: %1</source>
        <translation>de server heeft de aanmelding geweigerd: %1</translation>
    </message>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>de server is niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>not a Kiezen &amp; Delen server project (kdtool server init prepares one)</source>
        <translation>geen serverproject van Kiezen &amp; Delen (kdtool server init maakt er een gereed)</translation>
    </message>
    <message>
        <source>made by a newer version of Kiezen &amp; Delen Studio (server schema version %1; this version reads up to %2)</source>
        <translation>gemaakt door een nieuwere versie van Kiezen &amp; Delen Studio (serverschemaversie %1; deze versie leest tot en met %2)</translation>
    </message>
    <message>
        <source>made by an older version (server schema version %1 of %2); an administrator upgrades it with kdtool server init</source>
        <translation>gemaakt door een oudere versie (serverschemaversie %1 van %2); een beheerder werkt het bij met kdtool server init</translation>
    </message>
    <message>
        <source>the server project is empty: upload one with kdtool push FILE URL, or start one with kdtool new URL</source>
        <translation>het serverproject is leeg: upload er een met kdtool push BESTAND URL, of begin er een met kdtool new URL</translation>
    </message>
    <message>
        <source>%1: the server lets %2 do only what the roles %3 may</source>
        <translation>%1: de server laat %2 alleen doen wat de rollen %3 mogen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>the project is open read-only</source>
        <translation>het project is alleen-lezen geopend</translation>
    </message>
    <message>
        <source>the connection to the server is lost: %1</source>
        <translation>de verbinding met de server is verbroken: %1</translation>
    </message>
    <message>
        <source>an inner step failed; nothing was written</source>
        <translation>een tussenstap is mislukt; er is niets opgeslagen</translation>
    </message>
    <message>
        <source>someone else is writing to the project; try again in a moment</source>
        <translation>iemand anders schrijft in het project; probeer het zo dadelijk opnieuw</translation>
    </message>
</context>
<context>
    <name>kd::PresenceLabel</name>
    <message>
        <source>Also here: %1</source>
        <translation>Ook hier: %1</translation>
    </message>
    <message>
        <source>%1 in %2, since %3</source>
        <translation>%1 in %2, sinds %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>kd::ProjectDocument</name>
    <message>
        <source>No project is open.</source>
        <translation>Er is geen project geopend.</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Het project is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>The review to withdraw no longer exists.</source>
        <translation>De in te trekken beoordeling bestaat niet meer.</translation>
    </message>
    <message>
        <source>The place to insert into no longer exists.</source>
        <translation>De plek om in te voegen bestaat niet meer.</translation>
    </message>
    <message>
        <source>The item to delete no longer exists.</source>
        <translation>Het te verwijderen onderdeel bestaat niet meer.</translation>
    </message>
    <message>
        <source>The item to move no longer exists.</source>
        <translation>Het te verplaatsen onderdeel bestaat niet meer.</translation>
    </message>
    <message>
        <source>The place to move to no longer exists.</source>
        <translation>De plek om naartoe te verplaatsen bestaat niet meer.</translation>
    </message>
    <message>
        <source>The item to change no longer exists.</source>
        <translation>Het te wijzigen onderdeel bestaat niet meer.</translation>
    </message>
    <message>
        <source>The trusted reviewer to remove is no longer in the list.</source>
        <translation>De vertrouwde beoordelaar die verwijderd moet worden, staat niet meer in de lijst.</translation>
    </message>
    <message>
        <source>The connection to the server is lost, so nothing was changed. The editor reconnects by itself; try again when it is back.</source>
        <translation>De verbinding met de server is verbroken, dus er is niets gewijzigd. De editor maakt zelf opnieuw verbinding; probeer het opnieuw als die terug is.</translation>
    </message>
    <message>
        <source>%1 changed this at %2, after your edit, so undoing or redoing it would overwrite their change. Your edit stays as it is; change it by hand if it should.</source>
        <translation>%1 heeft dit om %2 gewijzigd, na uw bewerking; ongedaan maken of opnieuw uitvoeren zou die wijziging overschrijven. Uw bewerking blijft zoals ze is; pas het met de hand aan als dat nodig is.</translation>
    </message>
    <message>
        <source>The comment to withdraw no longer exists.</source>
        <translation>De opmerking om in te trekken bestaat niet meer.</translation>
    </message>
    <message>
        <source>Project dictionary</source>
        <translation>Projectwoordenboek</translation>
    </message>
    <message>
        <source>Add “%1” to the project dictionary</source>
        <translation>“%1” toevoegen aan het projectwoordenboek</translation>
    </message>
</context>
<context>
    <name>kd::ProjectStore</name>
    <message>
        <source>no such file</source>
        <translation>dit bestand bestaat niet</translation>
    </message>
    <message>
        <source>is a directory, not a project file</source>
        <translation>is een map, geen projectbestand</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>not a Kiezen &amp; Delen project (not an SQLite database)</source>
        <translation>geen Kiezen &amp; Delen-project (geen SQLite-database)</translation>
    </message>
    <message>
        <source>another program</source>
        <extracomment>Stands for %1 in &quot;is open for writing in %1 (process %2 on %3)&quot;.</extracomment>
        <translation>een ander programma</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>Stands for %3 in &quot;is open for writing in %1 (process %2 on %3)&quot;.</extracomment>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>is open for writing in %1 (process %2 on %3); it can be opened read-only</source>
        <translation>is geopend om te schrijven in %1 (proces %2 op %3); het kan alleen-lezen worden geopend</translation>
    </message>
    <message>
        <source>cannot create the lock file beside it; it can be opened read-only</source>
        <translation>het vergrendelingsbestand ernaast kan niet worden gemaakt; het kan alleen-lezen worden geopend</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>het bestand is beschadigd: %1</translation>
    </message>
    <message>
        <source>not a Kiezen &amp; Delen project (an SQLite database of another application, application id %1)</source>
        <translation>geen Kiezen &amp; Delen-project (een SQLite-database van een ander programma, application-id %1)</translation>
    </message>
    <message>
        <source>was written by a newer version of Kiezen &amp; Delen Studio (file version %1, this program reads up to version %2)</source>
        <translation>is gemaakt met een nieuwere versie van Kiezen &amp; Delen Studio (bestandsversie %1; dit programma leest tot en met versie %2)</translation>
    </message>
    <message>
        <source>is file version %1 and must be upgraded to version %2, which needs it opened for writing</source>
        <translation>heeft bestandsversie %1 en moet worden bijgewerkt naar versie %2; daarvoor moet het worden geopend om te schrijven</translation>
    </message>
    <message>
        <source>cannot make the backup %1 before upgrading; nothing changed</source>
        <translation>de reservekopie %1 kan vóór het bijwerken niet worden gemaakt; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>cannot upgrade from file version %1: %2; nothing changed</source>
        <translation>bijwerken vanaf bestandsversie %1 is mislukt: %2; er is niets gewijzigd</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>is een map</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>bestaat al</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <source>is open for writing elsewhere</source>
        <translation>is elders geopend om te schrijven</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <source>cannot move the new file into place: %1</source>
        <translation>het nieuwe bestand kan niet op zijn plaats worden gezet: %1</translation>
    </message>
    <message>
        <source>the project is read-only</source>
        <translation>het project is alleen-lezen geopend</translation>
    </message>
    <message>
        <source>there is no such row to update</source>
        <translation>het te wijzigen onderdeel staat niet in het projectbestand</translation>
    </message>
    <message>
        <source>the project row is missing</source>
        <translation>de projectgegevens ontbreken in het bestand</translation>
    </message>
    <message>
        <source>exists and is not a Kiezen &amp; Delen project file; refusing to replace it</source>
        <translation>bestaat al en is geen Kiezen &amp; Delen-projectbestand; het wordt niet vervangen</translation>
    </message>
    <message>
        <source>cannot write in its folder: %1</source>
        <translation>er kan niet in de map worden geschreven: %1</translation>
    </message>
    <message>
        <source>cannot create the lock file beside it: %1</source>
        <translation>het vergrendelingsbestand ernaast kan niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>the new file cannot be synced</source>
        <translation>het nieuwe bestand kan niet naar de schijf worden weggeschreven</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (%1 of %2 bytes)</source>
        <translation>het bestand is korter dan de kop aangeeft (%1 van %2 bytes)</translation>
    </message>
</context>
<context>
    <name>kd::ProjectTree</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Naam &amp;wijzigen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Kni&amp;ppen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>P&amp;lakken</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Cut %1</source>
        <translation>%1 knippen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is named in %n place(s). Deleting it also removes it there.</source>
        <translation>
            <numerusform>“%1” wordt op %n plek genoemd. Verwijderen haalt het daar ook weg.</numerusform>
            <numerusform>“%1” wordt op %n plekken genoemd. Verwijderen haalt het daar ook weg.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>%1 of %2 “%3”</source>
        <translation>%1 van %2 “%3”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kd::ProjectTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(untitled %1)</source>
        <translation>(%1 zonder titel)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Sleutel: %1</translation>
    </message>
    <message>
        <source>name of %1</source>
        <translation>naam van %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verplaatsen</translation>
    </message>
</context>
<context>
    <name>kd::ReferenceCandidates</name>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kd::ReferenceEditor</name>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(missing: %1)</source>
        <translation>(ontbreekt: %1)</translation>
    </message>
    <message>
        <source>no preview</source>
        <translation>geen voorbeeld</translation>
    </message>
</context>
<context>
    <name>kd::ReferenceListEditor</name>
    <message>
        <source>Move Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Het gekozen onderdeel omhoog verplaatsen (Alt+pijl omhoog)</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Het gekozen onderdeel omlaag verplaatsen (Alt+pijl omlaag)</translation>
    </message>
    <message>
        <source>(missing: %1)</source>
        <translation>(ontbreekt: %1)</translation>
    </message>
</context>
<context>
    <name>kd::ReleaseDiff</name>
    <message numerus="yes">
        <source>%n bytes, SHA-256 %1</source>
        <translation>
            <numerusform>%n byte, SHA-256 %1</numerusform>
            <numerusform>%n bytes, SHA-256 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kd::RemoveTrustedReviewer</name>
    <message>
        <source>Remove Trusted Reviewer %1</source>
        <translation>Vertrouwde beoordelaar %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>kd::ReplaceAll</name>
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>“%1” vervangen door “%2”</translation>
    </message>
</context>
<context>
    <name>kd::ReviewDock</name>
    <message>
        <source>stale: changed since approval</source>
        <translation>verouderd: gewijzigd na goedkeuring</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>Request &amp;changes</source>
        <translation>&amp;Wijzigingen vragen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Goedgekeurd.</translation>
    </message>
    <message>
        <source>Changes requested.</source>
        <translation>Wijzigingen gevraagd.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>Wijzigingen sinds goedkeuring</translation>
    </message>
    <message>
        <source>Not approved yet: there is no approved version to compare with.</source>
        <translation>Nog niet goedgekeurd: er is geen goedgekeurde versie om mee te vergelijken.</translation>
    </message>
    <message>
        <source>the approval by %1 on %2</source>
        <translation>de goedkeuring door %1 op %2</translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation>Geen wijzigingen sinds %1.</translation>
    </message>
    <message>
        <source>Changed since %1:</source>
        <translation>Gewijzigd sinds %1:</translation>
    </message>
    <message>
        <source>Changed since %1. The content as approved was not stored (approvals made with an older version of this program, and approvals imported from a package, keep only its fingerprint), so what changed cannot be shown.</source>
        <translation>Gewijzigd sinds %1. De goedgekeurde inhoud is niet bewaard (goedkeuringen uit een oudere versie van dit programma en goedkeuringen die uit een pakket zijn geïmporteerd, bewaren alleen een vingerafdruk ervan), dus wat er veranderde kan niet worden getoond.</translation>
    </message>
    <message>
        <source>unverified: not signed</source>
        <translation>niet geverifieerd: niet ondertekend</translation>
    </message>
    <message>
        <source>unverified: key not trusted</source>
        <translation>niet geverifieerd: sleutel niet vertrouwd</translation>
    </message>
    <message>
        <source>unverified: signature does not verify</source>
        <translation>niet geverifieerd: handtekening klopt niet</translation>
    </message>
    <message>
        <source>unverified: approved by the last editor</source>
        <translation>niet geverifieerd: goedgekeurd door wie het laatst bewerkte</translation>
    </message>
    <message>
        <source>review</source>
        <translation>beoordeling</translation>
    </message>
    <message>
        <source>Reviewer Key...</source>
        <translation>Beoordelaarssleutel...</translation>
    </message>
    <message>
        <source>In a project file, the name that edits are recorded under is each person&apos;s own setting, not a checked identity; four eyes compares it with the reviewer&apos;s name.</source>
        <translation>In een projectbestand is de naam waaronder bewerkingen worden vastgelegd ieders eigen instelling, geen gecontroleerde identiteit; vier ogen vergelijkt die met de naam van de beoordelaar.</translation>
    </message>
    <message>
        <source>State: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>Last approved by %1 on %2.</source>
        <translation>Laatst goedgekeurd door %1 op %2.</translation>
    </message>
    <message>
        <source>The approval does not count: %1.</source>
        <translation>De goedkeuring telt niet: %1.</translation>
    </message>
    <message>
        <source>The approval is stale: the content changed since.</source>
        <translation>De goedkeuring is verouderd: de inhoud is sindsdien gewijzigd.</translation>
    </message>
    <message>
        <source>The approval counts.</source>
        <translation>De goedkeuring telt.</translation>
    </message>
    <message>
        <source>No reviewer key: approvals are signed with your key. Create one or choose yours in the preferences.</source>
        <translation>Geen beoordelaarssleutel: goedkeuringen worden ondertekend met uw sleutel. Maak er een of kies de uwe in de voorkeuren.</translation>
    </message>
    <message>
        <source>Your reviewer key cannot be used: %1</source>
        <translation>Uw beoordelaarssleutel kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <source>Signing with the key of %1 (%2).</source>
        <translation>Ondertekenen met de sleutel van %1 (%2).</translation>
    </message>
    <message>
        <source>Signing as %1 (key %2), a trusted reviewer of this project.</source>
        <translation>Ondertekenen als %1 (sleutel %2), een vertrouwde beoordelaar van dit project.</translation>
    </message>
    <message>
        <source>Your key (%1, %2) is not among this project&apos;s trusted reviewers, so you cannot approve here yet.</source>
        <translation>Uw sleutel (%1, %2) hoort niet bij de vertrouwde beoordelaars van dit project, dus u kunt hier nog niet goedkeuren.</translation>
    </message>
    <message>
        <source>The key was not unlocked; nothing was recorded.</source>
        <translation>De sleutel is niet ontgrendeld; er is niets vastgelegd.</translation>
    </message>
    <message>
        <source>Only members of kd_reviewer review on this server</source>
        <translation>Alleen leden van kd_reviewer beoordelen op deze server</translation>
    </message>
    <message>
        <source>Latest review: %1 by %2 on %3.</source>
        <translation>Laatste beoordeling: %1 door %2 op %3.</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>In a project file, your edits and reviews are recorded under your author name, %1: your own setting (Edit &gt; Preferences), not a checked identity. Four eyes compares it with the name of whoever made the last change.</source>
        <translation>In een projectbestand worden uw wijzigingen en beoordelingen vastgelegd onder uw auteursnaam, %1: uw eigen instelling (Bewerken &gt; Voorkeuren), geen gecontroleerde identiteit. Het vierogenprincipe vergelijkt die met de naam van wie de laatste wijziging deed.</translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>&amp;Ter beoordeling aanbieden</translation>
    </message>
    <message>
        <source>Comment (required to request changes; a note to the reviewer when submitting)</source>
        <translation>Opmerking (verplicht bij wijzigingen vragen; bij aanbieden een toelichting voor de beoordelaar)</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Wacht op beoordeling</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>All dilemmas and legal sources</source>
        <translation>Alle dilemma&apos;s en juridische bronnen</translation>
    </message>
    <message>
        <source>Which dilemmas and legal sources the list shows</source>
        <translation>Welke dilemma&apos;s en juridische bronnen de lijst toont</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filteren op titel</translation>
    </message>
    <message>
        <source>Put it in the reviewers&apos; queue as in review</source>
        <translation>Zet het als &apos;in beoordeling&apos; in de wachtrij van de beoordelaars</translation>
    </message>
    <message>
        <source>Submitted for review.</source>
        <translation>Ter beoordeling aangeboden.</translation>
    </message>
    <message>
        <source>As&amp;k</source>
        <translation>&amp;Vragen</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>&amp;Antwoorden</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>A question about this item, or an answer to the selected thread</source>
        <translation>Een vraag over dit onderdeel, of een antwoord in de gekozen draad</translation>
    </message>
    <message>
        <source>Start a new thread with this question</source>
        <translation>Begin een nieuwe draad met deze vraag</translation>
    </message>
    <message>
        <source>Answer the selected thread</source>
        <translation>Antwoord in de gekozen draad</translation>
    </message>
    <message>
        <source>Close the selected thread; the text, if any, says how it was resolved</source>
        <translation>Sluit de gekozen draad af; de tekst, als die er is, zegt hoe het is opgelost</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n open)</source>
        <translation>
            <numerusform>Opmerkingen (%n open)</numerusform>
            <numerusform>Opmerkingen (%n open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Afgesloten: %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Select the thread to answer or resolve first.</source>
        <translation>Kies eerst de draad om te beantwoorden of af te sluiten.</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2.</source>
        <translation>Ter beoordeling aangeboden door %1 op %2.</translation>
    </message>
    <message>
        <source>Changes requested by %1 on %2.</source>
        <translation>Wijzigingen gevraagd door %1 op %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n open question(s) in the Review dock.</source>
        <translation>
            <numerusform>%n open vraag (zie Beoordeling).</numerusform>
            <numerusform>%n open vragen (zie Beoordeling).</numerusform>
        </translation>
    </message>
    <message>
        <source>Law changed since the approval: %1. Check the dilemma against it and approve it again.</source>
        <translation>Wet gewijzigd sinds de goedkeuring: %1. Toets het dilemma eraan en keur het opnieuw goed.</translation>
    </message>
    <message>
        <source>law changed since approval</source>
        <translation>wet gewijzigd na goedkeuring</translation>
    </message>
</context>
<context>
    <name>kd::ReviewLedger</name>
    <message>
        <source>Only dilemmas and legal sources are reviewed.</source>
        <translation>Alleen dilemma&apos;s en juridische bronnen worden beoordeeld.</translation>
    </message>
    <message>
        <source>The key %1 (%2) is not among the project&apos;s trusted reviewers; whoever manages the project must add it first.</source>
        <translation>De sleutel %1 (%2) hoort niet bij de vertrouwde beoordelaars van het project; de beheerder van het project moet hem eerst toevoegen.</translation>
    </message>
    <message>
        <source>Say which changes are needed in the comment.</source>
        <translation>Schrijf in de opmerking welke wijzigingen nodig zijn.</translation>
    </message>
    <message>
        <source>A reviewer approves or requests changes.</source>
        <translation>Een beoordelaar keurt goed of vraagt wijzigingen.</translation>
    </message>
</context>
<context>
    <name>kd::ReviewQueueModel</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>kd::ReviewStateIcon</name>
    <message>
        <source>Draft: not submitted for review</source>
        <translation>Concept: niet ter beoordeling aangeboden</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Needs review again: changed since approval, or the approval does not count</source>
        <translation>Moet opnieuw beoordeeld worden: gewijzigd sinds de goedkeuring, of de goedkeuring telt niet</translation>
    </message>
</context>
<context>
    <name>kd::ReviewThreads</name>
    <message>
        <source>review notes are about a dilemma or legal source; %1 is neither</source>
        <translation>beoordelingsopmerkingen gaan over een dilemma of juridische bron; %1 is geen van beide</translation>
    </message>
    <message>
        <source>a question or answer needs text</source>
        <translation>een vraag of antwoord heeft tekst nodig</translation>
    </message>
    <message>
        <source>a question opens a thread of its own; it cannot be in thread %1</source>
        <translation>een vraag opent een eigen draad; ze kan niet in draad %1 staan</translation>
    </message>
    <message>
        <source>there is no review thread %1</source>
        <translation>er is geen beoordelingsdraad %1</translation>
    </message>
    <message>
        <source>review thread %1 is about another item</source>
        <translation>beoordelingsdraad %1 gaat over een ander onderdeel</translation>
    </message>
    <message>
        <source>the thread is resolved; ask a new question to take it up again</source>
        <translation>de draad is afgesloten; stel een nieuwe vraag om het weer op te pakken</translation>
    </message>
    <message>
        <source>the thread is resolved already</source>
        <translation>de draad is al afgesloten</translation>
    </message>
</context>
<context>
    <name>kd::ReviewerKey</name>
    <message>
        <source>the member &quot;%1&quot; is missing or not base64</source>
        <translation>het onderdeel &quot;%1&quot; ontbreekt of is geen base64</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; is %2 bytes long instead of %3</source>
        <translation>het onderdeel &quot;%1&quot; is %2 bytes lang in plaats van %3</translation>
    </message>
    <message>
        <source>the file is larger than 64 KiB, too large for a key</source>
        <translation>het bestand is groter dan 64 KiB, te groot voor een sleutel</translation>
    </message>
    <message>
        <source>the key file is not JSON: %1</source>
        <translation>het sleutelbestand is geen JSON: %1</translation>
    </message>
    <message>
        <source>the key file&apos;s format is &quot;%1&quot; instead of &quot;%2&quot;</source>
        <translation>het formaat van het sleutelbestand is &quot;%1&quot; in plaats van &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the key&apos;s algorithm &quot;%1&quot; is not supported (only ed25519 is)</source>
        <translation>het algoritme &quot;%1&quot; van de sleutel wordt niet ondersteund (alleen ed25519)</translation>
    </message>
    <message>
        <source>the key file has no name</source>
        <translation>het sleutelbestand heeft geen naam</translation>
    </message>
    <message>
        <source>the fingerprint in the key file is not the fingerprint of its key</source>
        <translation>de vingerafdruk in het sleutelbestand is niet die van de sleutel</translation>
    </message>
    <message>
        <source>the key file&apos;s &quot;protection&quot; is not an object</source>
        <translation>de &quot;protection&quot; van het sleutelbestand is geen object</translation>
    </message>
    <message>
        <source>the key is protected with &quot;%1&quot; and &quot;%2&quot;; only pbkdf2-hmac-sha256 and chacha20-poly1305 are supported</source>
        <translation>de sleutel is beschermd met &quot;%1&quot; en &quot;%2&quot;; alleen pbkdf2-hmac-sha256 en chacha20-poly1305 worden ondersteund</translation>
    </message>
    <message>
        <source>the key&apos;s passphrase protection has %1 as its iteration count; a whole number from %2 to %3 is needed</source>
        <translation>de bescherming met wachtwoordzin heeft %1 als aantal iteraties; een geheel getal van %2 tot en met %3 is nodig</translation>
    </message>
    <message>
        <source>the key file does not exist</source>
        <translation>het sleutelbestand bestaat niet</translation>
    </message>
    <message>
        <source>the key is not a plain file</source>
        <translation>de sleutel is geen gewoon bestand</translation>
    </message>
    <message>
        <source>other users may read or change this private key; make it yours alone with: chmod 600 %1</source>
        <translation>andere gebruikers kunnen deze privésleutel lezen of wijzigen; maak hem alleen van u met: chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read the key file: %1</source>
        <translation>kan het sleutelbestand niet lezen: %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>kan de map %1 niet maken</translation>
    </message>
    <message>
        <source>cannot make the folder %1 private</source>
        <translation>kan de map %1 niet afschermen voor anderen</translation>
    </message>
    <message>
        <source>the key file has both a plain and a protected secret key</source>
        <translation>het sleutelbestand heeft zowel een onbeschermde als een beschermde geheime sleutel</translation>
    </message>
    <message>
        <source>the key file has no secret key</source>
        <translation>het sleutelbestand heeft geen geheime sleutel</translation>
    </message>
    <message>
        <source>the key is protected by a passphrase, and a passphrase is needed to use it</source>
        <translation>de sleutel is beschermd met een wachtwoordzin, en die is nodig om hem te gebruiken</translation>
    </message>
    <message>
        <source>wrong passphrase for the key</source>
        <translation>verkeerde wachtwoordzin voor de sleutel</translation>
    </message>
    <message>
        <source>the key file&apos;s secret key does not belong to its public key</source>
        <translation>de geheime sleutel in het sleutelbestand hoort niet bij de publieke sleutel</translation>
    </message>
    <message>
        <source>there is no valid key to save</source>
        <translation>er is geen geldige sleutel om op te slaan</translation>
    </message>
    <message>
        <source>the file exists; refusing to replace it</source>
        <translation>het bestand bestaat al; het wordt niet vervangen</translation>
    </message>
    <message>
        <source>cannot write the key file: %1</source>
        <translation>kan het sleutelbestand niet schrijven: %1</translation>
    </message>
    <message>
        <source>cannot make the key file private: %1</source>
        <translation>kan het sleutelbestand niet afschermen voor anderen: %1</translation>
    </message>
</context>
<context>
    <name>kd::ReviewerKeyring</name>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>kan het sleutelbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is not a reviewer key file</source>
        <translation>%1 is geen beoordelaarssleutelbestand</translation>
    </message>
    <message>
        <source>You have no reviewer key yet. Create one, or choose your key file, in Edit &gt; Preferences &gt; Reviewer key.</source>
        <translation>U hebt nog geen beoordelaarssleutel. Maak er een, of kies uw sleutelbestand, in Bewerken &gt; Voorkeuren &gt; Beoordelaarssleutel.</translation>
    </message>
    <message>
        <source>Cannot use the reviewer key %1: %2</source>
        <translation>Kan de beoordelaarssleutel %1 niet gebruiken: %2</translation>
    </message>
    <message>
        <source>That did not unlock the key (%1). Try again.</source>
        <translation>Daarmee is de sleutel niet ontgrendeld (%1). Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>no reviewer key</source>
        <translation>geen beoordelaarssleutel</translation>
    </message>
    <message>
        <source>Cannot save the key at %1: %2</source>
        <translation>Kan de sleutel niet opslaan in %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the public key file %1: %2</source>
        <translation>Kan het bestand met de publieke sleutel %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>The reviewer key %1 is protected by a passphrase. Passphrase:</source>
        <translation>De beoordelaarssleutel %1 is beschermd met een wachtwoordzin. Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Unlock Reviewer Key</source>
        <translation>Beoordelaarssleutel ontgrendelen</translation>
    </message>
</context>
<context>
    <name>kd::ReviewerNames</name>
    <message>
        <source>the name is empty</source>
        <translation>de naam is leeg</translation>
    </message>
    <message>
        <source>the name contains a control character (%1)</source>
        <translation>de naam bevat een stuurteken (%1)</translation>
    </message>
    <message>
        <source>the name contains an invisible or formatting character (%1)</source>
        <translation>de naam bevat een onzichtbaar of opmaakteken (%1)</translation>
    </message>
    <message>
        <source>the name contains a character that is not a letter or sign of any script (%1)</source>
        <translation>de naam bevat een teken dat geen letter of teken van enig schrift is (%1)</translation>
    </message>
    <message>
        <source>the name mixes letters of different scripts: &quot;%1&quot; (%2) and &quot;%3&quot; (%4) are not written in the same one</source>
        <translation>de naam mengt letters van verschillende schriften: &quot;%1&quot; (%2) en &quot;%3&quot; (%4) horen niet bij hetzelfde schrift</translation>
    </message>
</context>
<context>
    <name>kd::RoleWords</name>
    <message>
        <source>editor</source>
        <translation>redacteur</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>beoordelaar</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>uitgever</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
</context>
<context>
    <name>kd::SafeOpen</name>
    <message>
        <source>is or passes through a symbolic link, which is not allowed</source>
        <translation>is of loopt via een symbolische koppeling, en dat is niet toegestaan</translation>
    </message>
    <message>
        <source>is larger than %1 MiB</source>
        <translation>is groter dan %1 MiB</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>is geen map</translation>
    </message>
    <message>
        <source>is not a path inside the package</source>
        <translation>is geen pad binnen het pakket</translation>
    </message>
    <message>
        <source>is not a regular file (a folder, a device or a pipe)</source>
        <translation>is geen gewoon bestand (maar een map, een apparaat of een pijp)</translation>
    </message>
    <message>
        <source>changed while it was being opened</source>
        <translation>is veranderd terwijl het werd geopend</translation>
    </message>
    <message>
        <source>changed while it was being read</source>
        <translation>is veranderd terwijl het werd gelezen</translation>
    </message>
</context>
<context>
    <name>kd::SearchDock</name>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Find in the whole project</source>
        <translation>Zoeken in het hele project</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Zoeken mislukt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>The first %1 results</source>
        <translation>De eerste %1 resultaten</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultaat</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 resultaten</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alles vervangen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alles vervangen</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2” in every text field of the project?</source>
        <translation>“%1” vervangen door “%2” in elk tekstveld van het project?</translation>
    </message>
    <message>
        <source>Replaced in 1 field</source>
        <translation>Vervangen in 1 veld</translation>
    </message>
    <message>
        <source>Replaced in %1 fields</source>
        <translation>Vervangen in %1 velden</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Hele woorden</translation>
    </message>
    <message>
        <source>Replace &amp;This One</source>
        <translation>&amp;Deze vervangen</translation>
    </message>
    <message>
        <source>Find whole words only: “keer” does not find “keren”</source>
        <translation>Alleen hele woorden zoeken: “keer” vindt “keren” niet</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Current scenario</source>
        <translation>Huidige casus</translation>
    </message>
    <message>
        <source>Current dilemma</source>
        <translation>Huidig dilemma</translation>
    </message>
    <message>
        <source>Where to search and replace: the whole project, or the scenario or dilemma selected in the project tree with everything in it</source>
        <translation>Waar zoeken en vervangen: het hele project, of de casus of het dilemma dat in de projectboom is gekozen, met alles erin</translation>
    </message>
    <message>
        <source>Replace the text in the selected result&apos;s field only, as one step that Undo takes back</source>
        <translation>Vervang de tekst alleen in het veld van het gekozen resultaat, als één stap die Ongedaan maken terugdraait</translation>
    </message>
    <message>
        <source>Replace the text wherever the search finds it, as one step that Undo takes back</source>
        <translation>Vervang de tekst overal waar de zoekopdracht hem vindt, als één stap die Ongedaan maken terugdraait</translation>
    </message>
    <message>
        <source>Find in the current scenario</source>
        <translation>Zoeken in de huidige casus</translation>
    </message>
    <message>
        <source>Find in the current dilemma</source>
        <translation>Zoeken in het huidige dilemma</translation>
    </message>
    <message>
        <source>Select a scenario in the project tree, or anything in it, to search in it.</source>
        <translation>Kies een casus in de projectboom, of iets daarin, om erin te zoeken.</translation>
    </message>
    <message>
        <source>Select a dilemma in the project tree, or one of its options or legal references, to search in it.</source>
        <translation>Kies een dilemma in de projectboom, of een van zijn opties of juridische verwijzingen, om erin te zoeken.</translation>
    </message>
    <message>
        <source>Nothing replaced: no text field holds “%1” with its words side by side (keys are never replaced).</source>
        <translation>Niets vervangen: geen tekstveld bevat “%1” met de woorden naast elkaar (sleutels worden nooit vervangen).</translation>
    </message>
    <message>
        <source>Nothing replaced: this field does not hold “%1” with its words side by side, or it is a key (keys are never replaced).</source>
        <translation>Niets vervangen: dit veld bevat “%1” niet met de woorden naast elkaar, of het is een sleutel (sleutels worden nooit vervangen).</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2” in this field?</source>
        <translation>“%1” vervangen door “%2” in dit veld?</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2” in every text field of the scenario “%3”?</source>
        <translation>“%1” vervangen door “%2” in elk tekstveld van de casus “%3”?</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2” in the dilemma “%3”, its options and its legal references?</source>
        <translation>“%1” vervangen door “%2” in het dilemma “%3”, zijn opties en zijn juridische verwijzingen?</translation>
    </message>
    <message>
        <source>This will make 1 approved item need review again:</source>
        <translation>Hierdoor moet 1 goedgekeurd item opnieuw worden beoordeeld:</translation>
    </message>
    <message>
        <source>This will make %1 approved items need review again:</source>
        <translation>Hierdoor moeten %1 goedgekeurde items opnieuw worden beoordeeld:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
</context>
<context>
    <name>kd::ServerConnectionDialog</name>
    <message>
        <source>Open Server Project</source>
        <translation>Serverproject openen</translation>
    </message>
    <message>
        <source>No recent server projects</source>
        <translation>Geen recente serverprojecten</translation>
    </message>
    <message>
        <source>Choose a recent server project</source>
        <translation>Kies een recent serverproject</translation>
    </message>
    <message>
        <source>Paste a whole postgresql:// address here, or fill in the fields below. A password is asked for when the server wants one; it is never part of the address.</source>
        <translation>Plak hier een volledig postgresql://-adres, of vul de velden hieronder in. Om een wachtwoord wordt gevraagd als de server er een wil; het maakt nooit deel uit van het adres.</translation>
    </message>
    <message>
        <source>server name, or socket folder such as /run/postgresql</source>
        <translation>servernaam, of socketmap zoals /run/postgresql</translation>
    </message>
    <message>
        <source>5432 if empty</source>
        <translation>5432 indien leeg</translation>
    </message>
    <message>
        <source>your login if empty</source>
        <translation>uw login indien leeg</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recent:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Give the server project&apos;s address, or its host and database.</source>
        <translation>Geef het adres van het serverproject, of de host en de database.</translation>
    </message>
    <message>
        <source>This address cannot be opened: %1</source>
        <translation>Dit adres kan niet worden geopend: %1</translation>
    </message>
</context>
<context>
    <name>kd::ServerLocation</name>
    <message>
        <source>a server address starts with postgresql://</source>
        <translation>een serveradres begint met postgresql://</translation>
    </message>
    <message>
        <source>the address names no database: postgresql://host/DATABASE</source>
        <translation>het adres noemt geen database: postgresql://host/DATABASE</translation>
    </message>
    <message>
        <source>a password in the address is not accepted; give it in PGPASSWORD, in ~/.pgpass or in the editor&apos;s login dialog</source>
        <translation>een wachtwoord in het adres wordt niet aanvaard; geef het in PGPASSWORD, in ~/.pgpass of in het aanmeldvenster van de editor</translation>
    </message>
    <message>
        <source>the address has an unclosed &apos;[&apos; in its host</source>
        <translation>de host in het adres heeft een &apos;[&apos; die niet gesloten wordt</translation>
    </message>
    <message>
        <source>the address has something after its host that is not a port</source>
        <translation>het adres heeft na de host iets dat geen poort is</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number</source>
        <translation>&apos;%1&apos; is geen poortnummer</translation>
    </message>
    <message>
        <source>the address has a parameter that cannot be read: &apos;%1&apos;</source>
        <translation>het adres heeft een parameter die niet te lezen is: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>kd::ServerProject</name>
    <message>
        <source>this version cannot upgrade a server project from version %1</source>
        <translation>deze versie kan een serverproject niet bijwerken vanaf versie %1</translation>
    </message>
    <message>
        <source>already a server project of schema version %1; nothing to do</source>
        <translation>al een serverproject met schemaversie %1; er is niets te doen</translation>
    </message>
    <message>
        <source>made by a newer version of Kiezen &amp; Delen Studio (server schema version %1)</source>
        <translation>gemaakt door een nieuwere versie van Kiezen &amp; Delen Studio (serverschemaversie %1)</translation>
    </message>
    <message>
        <source>the database already holds other tables; prepare an empty one</source>
        <translation>de database bevat al andere tabellen; maak een lege gereed</translation>
    </message>
    <message>
        <source>prepared as a server project (schema version %1)</source>
        <translation>gereedgemaakt als serverproject (schemaversie %1)</translation>
    </message>
    <message>
        <source>upgraded from schema version %1 to %2</source>
        <translation>bijgewerkt van schemaversie %1 naar %2</translation>
    </message>
    <message>
        <source>only members of kd_admin upload a whole project; %1 is not one</source>
        <translation>alleen leden van kd_admin uploaden een volledig project; %1 is er geen lid van</translation>
    </message>
    <message>
        <source>the server project already holds a project; kdtool push --force replaces it (its change log is kept)</source>
        <translation>het serverproject bevat al een project; kdtool push --force vervangt het (het wijzigingslogboek blijft bewaard)</translation>
    </message>
</context>
<context>
    <name>kd::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>Naam &amp;auteur:</translation>
    </message>
    <message>
        <source>The name the change log records for your edits.</source>
        <translation>De naam waaronder het wijzigingslogboek uw bewerkingen vastlegt.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende keer dat het programma start.</translation>
    </message>
    <message>
        <source>&amp;Export Public Key...</source>
        <translation>Publieke sleutel &amp;exporteren...</translation>
    </message>
    <message>
        <source>Reviewer key</source>
        <translation>Beoordelaarssleutel</translation>
    </message>
    <message>
        <source>&amp;Create Key...</source>
        <translation>Sleutel &amp;maken...</translation>
    </message>
    <message>
        <source>C&amp;hoose Key File...</source>
        <translation>Sleutelbestand &amp;kiezen...</translation>
    </message>
    <message>
        <source>No reviewer key. Create one to approve and request changes, or choose the key file you have.</source>
        <translation>Geen beoordelaarssleutel. Maak er een om goed te keuren en wijzigingen te vragen, of kies het sleutelbestand dat u hebt.</translation>
    </message>
    <message>
        <source>Key file: %1
It cannot be used: %2</source>
        <translation>Sleutelbestand: %1
Het kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>Key file: %1
Name: %2
Fingerprint: %3</source>
        <translation>Sleutelbestand: %1
Naam: %2
Vingerafdruk: %3</translation>
    </message>
    <message>
        <source>Create Reviewer Key</source>
        <translation>Beoordelaarssleutel maken</translation>
    </message>
    <message>
        <source>Your key is saved in %1, readable only by you.

Its public key is in %2. Give that file to whoever manages a project, so they can add you as a trusted reviewer (Project &gt; Trusted Reviewers).</source>
        <translation>Uw sleutel is opgeslagen in %1, alleen door u leesbaar.

De publieke sleutel staat in %2. Geef dat bestand aan de beheerder van een project, zodat die u als vertrouwde beoordelaar kan toevoegen (Project &gt; Vertrouwde beoordelaars).</translation>
    </message>
    <message>
        <source>Choose Reviewer Key</source>
        <translation>Beoordelaarssleutel kiezen</translation>
    </message>
    <message>
        <source>Reviewer keys (*.key);;All files (*)</source>
        <translation>Beoordelaarssleutels (*.key);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export Public Key</source>
        <translation>Publieke sleutel exporteren</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Publieke sleutels (*.pub)</translation>
    </message>
</context>
<context>
    <name>kd::Siblings</name>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is op</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>het bestandssysteem is alleen-lezen</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>something else already has that name</source>
        <translation>er is al iets anders met die naam</translation>
    </message>
    <message>
        <source>an input/output error of the disk</source>
        <translation>een invoer-/uitvoerfout van de schijf</translation>
    </message>
</context>
<context>
    <name>kd::SitePreviewDock</name>
    <message>
        <source>Website Preview</source>
        <translation>Voorbeeld van de website</translation>
    </message>
    <message>
        <source>Open a project to see its website here.</source>
        <translation>Open een project om hier de website ervan te zien.</translation>
    </message>
    <message>
        <source>The preview cannot start: no temporary folder could be written (%1).</source>
        <translation>Het voorbeeld kan niet starten: er kon geen tijdelijke map worden geschreven (%1).</translation>
    </message>
    <message>
        <source>The preview cannot write its page %1: %2</source>
        <translation>Het voorbeeld kan zijn pagina %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>The preview could not show the page %1: %2</source>
        <translation>Het voorbeeld kon de pagina %1 niet tonen: %2</translation>
    </message>
    <message>
        <source>The preview cannot write its picture %1: %2</source>
        <translation>Het voorbeeld kan zijn afbeelding %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>kd::SiteWriter</name>
    <message>
        <source>cannot create the folder</source>
        <translation>kan de map niet maken</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kan niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>kd::SpellHighlighter</name>
    <message>
        <source>No Spelling Suggestions</source>
        <translation>Geen spellingsuggesties</translation>
    </message>
    <message>
        <source>Add “%1” to Project Dictionary</source>
        <translation>“%1” toevoegen aan projectwoordenboek</translation>
    </message>
</context>
<context>
    <name>kd::Speller</name>
    <message>
        <source>The Dutch dictionary for spell checking is missing: there is no %1. Install the package hunspell-nl, or set KD_HUNSPELL_DIR to the folder that holds nl.aff and nl.dic.</source>
        <translation>Het Nederlandse woordenboek voor de spellingcontrole ontbreekt: %1 bestaat niet. Installeer het pakket hunspell-nl, of zet KD_HUNSPELL_DIR op de map met nl.aff en nl.dic.</translation>
    </message>
</context>
<context>
    <name>kd::TrustedReviewers</name>
    <message>
        <source>this is the published sample key (samples/keys/): anyone can sign with it, so it is never a trusted reviewer</source>
        <translation>dit is de gepubliceerde voorbeeldsleutel (samples/keys/): iedereen kan ermee ondertekenen, dus hij is nooit een vertrouwde beoordelaar</translation>
    </message>
    <message>
        <source>the key %1 is already trusted, as %2</source>
        <translation>de sleutel %1 wordt al vertrouwd, als %2</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; looks like that of trusted reviewer &apos;%2&apos; (key %3); names must tell reviewers apart</source>
        <translation>de naam &apos;%1&apos; lijkt op die van vertrouwde beoordelaar &apos;%2&apos; (sleutel %3); namen moeten beoordelaars van elkaar onderscheiden</translation>
    </message>
</context>
<context>
    <name>kd::TrustedReviewersDialog</name>
    <message>
        <source>Add from &amp;Public Key File...</source>
        <translation>Toevoegen uit bestand met &amp;publieke sleutel...</translation>
    </message>
    <message>
        <source>Add &amp;My Key</source>
        <translation>&amp;Mijn sleutel toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove...</source>
        <translation>&amp;Verwijderen...</translation>
    </message>
    <message>
        <source>Trusted Reviewers</source>
        <translation>Vertrouwde beoordelaars</translation>
    </message>
    <message>
        <source>Only approvals signed with the key of a reviewer listed here count for export. Adding or removing a reviewer is recorded in the change log, and can be undone.</source>
        <translation>Alleen goedkeuringen die zijn ondertekend met de sleutel van een beoordelaar in deze lijst tellen voor export. Een beoordelaar toevoegen of verwijderen wordt vastgelegd in het wijzigingslogboek, en kan ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>Added at</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <source>That reviewer is no longer in the list.</source>
        <translation>Die beoordelaar staat niet meer in de lijst.</translation>
    </message>
    <message>
        <source>Add Trusted Reviewer</source>
        <translation>Vertrouwde beoordelaar toevoegen</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Publieke sleutels (*.pub);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Add My Key</source>
        <translation>Mijn sleutel toevoegen</translation>
    </message>
    <message>
        <source>You have no reviewer key yet. Create one in Edit &gt; Preferences &gt; Reviewer key, then add it here.</source>
        <translation>U hebt nog geen beoordelaarssleutel. Maak er een in Bewerken &gt; Voorkeuren &gt; Beoordelaarssleutel, en voeg hem dan hier toe.</translation>
    </message>
    <message>
        <source>The name to show for approvals signed with the key %1:</source>
        <translation>De naam die wordt getoond bij goedkeuringen ondertekend met de sleutel %1:</translation>
    </message>
    <message>
        <source>The reviewer was not added: %1.</source>
        <translation>De beoordelaar is niet toegevoegd: %1.</translation>
    </message>
    <message>
        <source>Remove %1 (key %2) from the trusted reviewers?</source>
        <translation>%1 (sleutel %2) verwijderen uit de vertrouwde beoordelaars?</translation>
    </message>
    <message>
        <source>No approval that counts now is signed with this key.</source>
        <translation>Geen goedkeuring die nu telt, is met deze sleutel ondertekend.</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) signed with this key will stop counting, and the items will need a new approval before export.</source>
        <translation>
            <numerusform>%n goedkeuring die met deze sleutel is ondertekend, telt dan niet meer; het onderdeel heeft een nieuwe goedkeuring nodig vóór export.</numerusform>
            <numerusform>%n goedkeuringen die met deze sleutel zijn ondertekend, tellen dan niet meer; de onderdelen hebben een nieuwe goedkeuring nodig vóór export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Trusted Reviewer</source>
        <translation>Vertrouwde beoordelaar verwijderen</translation>
    </message>
</context>
<context>
    <name>kd::ValidationDock</name>
    <message>
        <source>Validation</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 fout</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 fouten</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 waarschuwing</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 waarschuwingen</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 info</translation>
    </message>
</context>
<context>
    <name>kd::WheelGeometry</name>
    <message>
        <source>No professional</source>
        <translation>Geen professional</translation>
    </message>
</context>
<context>
    <name>kd::XmlPackageParser</name>
    <message>
        <source>the built-in schema does not compile</source>
        <translation>het ingebouwde schema kan niet worden gecompileerd</translation>
    </message>
    <message>
        <source>cannot create the XSD validator</source>
        <translation>de XSD-validator kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>the document does not match the schema</source>
        <translation>het document voldoet niet aan het schema</translation>
    </message>
    <message>
        <source>does not match the package schema: %1</source>
        <translation>voldoet niet aan het pakketschema: %1</translation>
    </message>
    <message>
        <source>cannot create an XML parser</source>
        <translation>er kan geen XML-parser worden gemaakt</translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed in a package (no DTDs, no entities)</source>
        <translation>een DOCTYPE is niet toegestaan in een pakket (geen DTD&apos;s, geen entiteiten)</translation>
    </message>
    <message>
        <source>not well-formed XML</source>
        <translation>geen welgevormde XML</translation>
    </message>
    <message>
        <source>a text is longer than a package allows (%1 bytes)</source>
        <translation>een tekst is langer dan een pakket toestaat (%1 bytes)</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;package&gt; in the namespace %2</source>
        <translation>het hoofdelement is &lt;%1&gt;, niet &lt;package&gt; in de naamruimte %2</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program reads (1)</source>
        <translation>formaatversie %1 is nieuwer dan dit programma kan lezen (het leest 1)</translation>
    </message>
    <message>
        <source>the document ends too early: &lt;%1&gt; is not closed</source>
        <translation>het document houdt te vroeg op: &lt;%1&gt; is niet afgesloten</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>het document is leeg</translation>
    </message>
</context>
<context>
    <name>kd::XmlPackageSink</name>
    <message>
        <source>cannot create the XML writer</source>
        <translation>de XML-schrijver kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>the XML could not be written</source>
        <translation>de XML kan niet worden geschreven</translation>
    </message>
    <message>
        <source>the XML writer failed</source>
        <translation>de XML-schrijver is mislukt</translation>
    </message>
    <message>
        <source>the %1 of the project holds the character U+%2, which XML cannot carry</source>
        <translation>het veld %1 van het project bevat het teken U+%2, dat XML niet kan bevatten</translation>
    </message>
    <message>
        <source>the %1 of %2 holds the character U+%3, which XML cannot carry</source>
        <translation>het veld %1 van %2 bevat het teken U+%3, dat XML niet kan bevatten</translation>
    </message>
    <message>
        <source>the %1 of the project is longer than a package allows (%2 bytes)</source>
        <translation>het veld %1 van het project is langer dan een pakket toestaat (%2 bytes)</translation>
    </message>
    <message>
        <source>the %1 of %2 is longer than a package allows (%3 bytes)</source>
        <translation>het veld %1 van %2 is langer dan een pakket toestaat (%3 bytes)</translation>
    </message>
</context>
<context>
    <name>kd::XmlPackageSource</name>
    <message>
        <source>the attribute is missing</source>
        <translation>het attribuut ontbreekt</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>geen geheel getal</translation>
    </message>
    <message>
        <source>the element is missing</source>
        <translation>het element ontbreekt</translation>
    </message>
</context>
<context>
    <name>kd::XmlStreamSource</name>
    <message>
        <source>cannot read it</source>
        <translation>kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the document has no &lt;package&gt; element</source>
        <translation>het document heeft geen &lt;package&gt;-element</translation>
    </message>
    <message>
        <source>&lt;%1&gt; was expected</source>
        <translation>&lt;%1&gt; werd verwacht</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not expected here</source>
        <translation>&lt;%1&gt; hoort hier niet</translation>
    </message>
</context>
</TS>
