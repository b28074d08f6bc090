<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="24"/>
        <source>About hrplanner</source>
        <translation>Over hrplanner</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="29"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="29"/>
        <source>none open</source>
        <translation>geen geopend</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="30"/>
        <source>Registers of the demo and new files</source>
        <translation>Demoregister en nieuwe bestanden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="31"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="32"/>
        <source>Log file</source>
        <translation>Logbestand</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="38"/>
        <source>The open register is the demo region: its organisations and figures are fictitious.</source>
        <translation>Het geopende register is de demoregio: de organisaties en cijfers zijn fictief.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="43"/>
        <source>Regional workforce planning for youth care: the register of staffing, vacancies, inflow, outflow and training, the 20-year shortage projection and the coordination figures of the region.</source>
        <translation>Regionale personeelsplanning voor de jeugdzorg: het register van bezetting, vacatures, in- en uitstroom en opleiding, de raming van tekorten voor 20 jaar en de afstemmingscijfers van de regio.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="47"/>
        <source>Aggregate figures only: no names of employees, no salaries.</source>
        <translation>Alleen geaggregeerde cijfers: geen namen van medewerkers, geen salarissen.</translation>
    </message>
</context>
<context>
    <name>AdviceCards</name>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="51"/>
        <source>Intake advice %1</source>
        <translation>Instroomadvies %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="54"/>
        <source>Not reachable by training before %1</source>
        <translation>Niet met opleiden te bereiken vóór %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="56"/>
        <source>%1 per year</source>
        <translation>%1 per jaar</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="57"/>
        <source>now %1 per year</source>
        <translation>nu %1 per jaar</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="59"/>
        <source>supply exceeds demand even without lever intake</source>
        <translation>het aanbod is groter dan de vraag, ook zonder extra instroom</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="63"/>
        <source>10-90%: %1 to %2</source>
        <translation>10-90%: %1 tot %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="76"/>
        <source>Advice %1: not reachable by training before %1</source>
        <translation>Advies %1: niet met opleiden te bereiken vóór %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="77"/>
        <source>Advice %1: %2 per year (now %3)</source>
        <translation>Advies %1: %2 per jaar (nu %3)</translation>
    </message>
</context>
<context>
    <name>AdviceCompareModel</name>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="126"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="129"/>
        <source>Advice %1, %2</source>
        <translation>Advies %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="132"/>
        <source>Intake advice per year in scenario %1</source>
        <translation>Instroomadvies per jaar in scenario %1</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="169"/>
        <source>Not reachable by training before %1</source>
        <translation>Niet met opleiden te bereiken vóór %1</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="170"/>
        <source>%1 per year (now %2); gap %3 fte at today's intake</source>
        <translation>%1 per jaar (nu %2); tekort %3 fte bij de huidige instroom</translation>
    </message>
</context>
<context>
    <name>AgePyramidChart</name>
    <message>
        <location filename="../ui/charts/projection_pyramid.py" line="68"/>
        <source>persons</source>
        <translation>personen</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_pyramid.py" line="69"/>
        <source>← women</source>
        <translation>← vrouwen</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_pyramid.py" line="70"/>
        <source>men →</source>
        <translation>mannen →</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_pyramid.py" line="143"/>
        <source>%1: %2 women, %3 men</source>
        <translation>%1: %2 vrouwen, %3 mannen</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../ui/labels.py" line="131"/>
        <source>persons</source>
        <translation>personen</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="132"/>
        <source>fte</source>
        <translation>fte</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="133"/>
        <source>budgeted fte</source>
        <translation>begrote fte</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="134"/>
        <source>open vacancies</source>
        <translation>openstaande vacatures</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="135"/>
        <source>open fte</source>
        <translation>open fte</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="136"/>
        <source>vacancies open 3+ months</source>
        <translation>vacatures 3+ maanden open</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="137"/>
        <source>in training</source>
        <translation>in opleiding</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="138"/>
        <source>planned intake</source>
        <translation>geplande instroom</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="139"/>
        <source>training places</source>
        <translation>opleidingsplaatsen</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="140"/>
        <source>supervisors</source>
        <translation>praktijkbegeleiders</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="141"/>
        <source>sickness absence %</source>
        <translation>ziekteverzuim %</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="142"/>
        <source>joiners</source>
        <translation>instroom</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="143"/>
        <source>leavers</source>
        <translation>uitstroom</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="144"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="145"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="146"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="147"/>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="148"/>
        <source>Dutch name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="149"/>
        <source>English name</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="150"/>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="151"/>
        <location filename="../ui/models/audit.py" line="54"/>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="152"/>
        <source>registration required</source>
        <translation>registratie verplicht</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="153"/>
        <source>training route</source>
        <translation>opleidingsroute</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="154"/>
        <source>training years</source>
        <translation>opleidingsjaren</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="155"/>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="25"/>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="26"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="27"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="28"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="29"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="30"/>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="31"/>
        <source>redone</source>
        <translation>opnieuw gedaan</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="32"/>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="33"/>
        <source>reopened</source>
        <translation>heropend</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="34"/>
        <source>renamed</source>
        <translation>hernoemd</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="35"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="36"/>
        <source>restored from a backup</source>
        <translation>teruggezet uit een reservekopie</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="37"/>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="38"/>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="39"/>
        <source>acceptance undone</source>
        <translation>acceptatie ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="45"/>
        <source>staffing</source>
        <translation>bezetting</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="46"/>
        <source>establishment</source>
        <translation>formatie</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="47"/>
        <source>flows</source>
        <translation>in- en uitstroom</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="48"/>
        <source>training</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="49"/>
        <source>sickness absence</source>
        <translation>verzuim</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="50"/>
        <source>figures</source>
        <translation>cijfers</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="51"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="52"/>
        <source>occupation</source>
        <translation>functie</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="53"/>
        <source>round</source>
        <translation>ronde</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="55"/>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="56"/>
        <source>collection template</source>
        <translation>uitvraagbestand</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="85"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="86"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="87"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="88"/>
        <source>Old</source>
        <translation>Oud</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="89"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="90"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../ui/models/audit_text.py" line="27"/>
        <source>(no row)</source>
        <translation>(geen rij)</translation>
    </message>
    <message>
        <location filename="../ui/models/audit_text.py" line="28"/>
        <source>(not given)</source>
        <translation>(niet ingevuld)</translation>
    </message>
    <message>
        <location filename="../ui/models/audit_text.py" line="29"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../ui/models/audit_text.py" line="33"/>
        <source>demo region, seed %1</source>
        <translation>demoregio, seed %1</translation>
    </message>
    <message>
        <location filename="../ui/models/audit_text.py" line="35"/>
        <source>demo region, seed %1, %2 organisations, %3 rounds</source>
        <translation>demoregio, seed %1, %2 organisaties, %3 rondes</translation>
    </message>
    <message>
        <location filename="../ui/models/audit_text.py" line="36"/>
        <source>demo generator</source>
        <translation>demogenerator</translation>
    </message>
    <message>
        <location filename="../ui/models/audit_text.py" line="37"/>
        <source>register editor</source>
        <translation>registereditor</translation>
    </message>
    <message>
        <location filename="../ui/models/audit_text.py" line="38"/>
        <source>copy of %1</source>
        <translation>kopie van %1</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../ui/pages/audit.py" line="95"/>
        <source>Audit log</source>
        <translation>Wijzigingslog</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="101"/>
        <source>Audit log: every change to the register</source>
        <translation>Wijzigingslog: elke wijziging in het register</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="102"/>
        <source>Search in every column</source>
        <translation>Zoeken in alle kolommen</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="103"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="104"/>
        <source>Kind of change</source>
        <translation>Soort wijziging</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="105"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="106"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporteren naar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="120"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="122"/>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="148"/>
        <source>%1 of %2 entries</source>
        <translation>%1 van %2 regels</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="150"/>
        <source>(the newest %1; export with the command line for all)</source>
        <translation>(de nieuwste %1; exporteer via de opdrachtregel voor alle)</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="161"/>
        <source>audit log</source>
        <translation>wijzigingslog</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="162"/>
        <location filename="../ui/pages/audit.py" line="174"/>
        <source>Export audit log</source>
        <translation>Wijzigingslog exporteren</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="163"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="174"/>
        <source>The audit log was not exported</source>
        <translation>Het wijzigingslog is niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="179"/>
        <source>Exported %1 audit entries to %2</source>
        <translation>%1 regels van het wijzigingslog geëxporteerd naar %2</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../ui/actions_backup.py" line="43"/>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="44"/>
        <source>before an upgrade</source>
        <translation>voor een upgrade</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="45"/>
        <source>before an import</source>
        <translation>voor een import</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="46"/>
        <source>before a restore</source>
        <translation>voor het terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="47"/>
        <source>damaged file, kept</source>
        <translation>beschadigd bestand, bewaard</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="59"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="60"/>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="201"/>
        <source>&amp;Back up…</source>
        <translation>Reservekopie &amp;maken…</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="202"/>
        <source>Save a copy of the register to a file of your choice</source>
        <translation>Een kopie van het register opslaan in een bestand naar keuze</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="203"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="204"/>
        <source>Put an earlier state of the register back</source>
        <translation>Een eerdere stand van het register terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="223"/>
        <source>backup</source>
        <translation>reservekopie</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="225"/>
        <location filename="../ui/actions_backup.py" line="242"/>
        <source>Back up register</source>
        <translation>Reservekopie van het register maken</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="226"/>
        <source>hrplanner registers (*%1)</source>
        <translation>hrplanner-registers (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="240"/>
        <source>Backed up to %1</source>
        <translation>Reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="241"/>
        <source>The backup was not made</source>
        <translation>De reservekopie is niet gemaakt</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="260"/>
        <source>%1 is open read-only; it cannot be restored now.</source>
        <translation>%1 is alleen-lezen geopend; het kan nu niet worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="260"/>
        <location filename="../ui/actions_backup.py" line="266"/>
        <location filename="../ui/actions_backup.py" line="291"/>
        <location filename="../ui/actions_backup.py" line="307"/>
        <source>Restore from backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="265"/>
        <source>%1 cannot be restored</source>
        <translation>%1 kan niet worden teruggezet</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="267"/>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="288"/>
        <source>Replace %1 by the backup %2?</source>
        <translation>%1 vervangen door de reservekopie %2?</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="289"/>
        <source>The register as it is now is backed up first, so nothing is lost: restoring that backup brings it back.</source>
        <translation>Eerst wordt een reservekopie gemaakt van het register zoals het nu is, dus er gaat niets verloren: door die reservekopie terug te zetten komt het terug.</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="292"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="306"/>
        <source>%1 was not restored</source>
        <translation>%1 is niet teruggezet</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="308"/>
        <source>The register is as it was.</source>
        <translation>Het register is zoals het was.</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="310"/>
        <source>Restored %1 from %2; the replaced version is kept as %3</source>
        <translation>%1 teruggezet uit %2; de vervangen versie is bewaard als %3</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../ui/actions_backup.py" line="67"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="67"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="68"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
</context>
<context>
    <name>BandControl</name>
    <message>
        <location filename="../ui/pages/projection_band.py" line="76"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_band.py" line="77"/>
        <source>Cancel the uncertainty band</source>
        <translation>De onzekerheidsband annuleren</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_band.py" line="78"/>
        <source>Compute band</source>
        <translation>Band berekenen</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_band.py" line="79"/>
        <source>Compute the 10-90% uncertainty band (Monte Carlo)</source>
        <translation>De 10-90%-onzekerheidsband berekenen (Monte Carlo)</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_band.py" line="80"/>
        <source>Progress of the uncertainty band</source>
        <translation>Voortgang van de onzekerheidsband</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_band.py" line="91"/>
        <source>Uncertainty band: %1 draws…</source>
        <translation>Onzekerheidsband: %1 trekkingen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_band.py" line="116"/>
        <source>Band: 10-90% of %1 draws</source>
        <translation>Band: 10-90% van %1 trekkingen</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_band.py" line="122"/>
        <source>The uncertainty band could not be computed: %1</source>
        <translation>De onzekerheidsband kon niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_band.py" line="127"/>
        <source>Uncertainty band cancelled</source>
        <translation>Onzekerheidsband geannuleerd</translation>
    </message>
</context>
<context>
    <name>CompareSection</name>
    <message>
        <location filename="../ui/pages/scenarios_compare.py" line="96"/>
        <source>Scenario &amp;A:</source>
        <translation>Scenario &amp;A:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_compare.py" line="97"/>
        <source>Scenario &amp;B:</source>
        <translation>Scenario &amp;B:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_compare.py" line="98"/>
        <source>Scenario A</source>
        <translation>Scenario A</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_compare.py" line="99"/>
        <source>Scenario B</source>
        <translation>Scenario B</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_compare.py" line="100"/>
        <source>Parameters that differ</source>
        <translation>Parameters die verschillen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_compare.py" line="101"/>
        <source>Intake advice in A and B</source>
        <translation>Instroomadvies in A en B</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_compare.py" line="102"/>
        <source>Gap in A and B</source>
        <translation>Tekort in A en B</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_compare.py" line="147"/>
        <source>A and B are the same scenario.</source>
        <translation>A en B zijn hetzelfde scenario.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_compare.py" line="149"/>
        <source>The two scenarios have the same parameters.</source>
        <translation>De twee scenario's hebben dezelfde parameters.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_compare.py" line="151"/>
        <source>%1 parameters differ in %2 occupations; highlighted advice differs.</source>
        <translation>%1 parameters verschillen in %2 functies; gemarkeerd advies verschilt.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="30"/>
        <source>Connect to server</source>
        <translation>Verbinden met server</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="32"/>
        <source>A shared register on a PostgreSQL server. What you see and may change follows from your login's role.</source>
        <translation>Een gedeeld register op een PostgreSQL-server. Wat u ziet en mag wijzigen, volgt uit de rol van uw login.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="51"/>
        <source>Keep the password in the system's keyring</source>
        <translation>Wachtwoord bewaren in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="54"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="54"/>
        <source>Server host name</source>
        <translation>Naam van de server</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="55"/>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="55"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="56"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="56"/>
        <location filename="../ui/dialogs/connect_dialog.py" line="80"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="57"/>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="57"/>
        <source>Your login</source>
        <translation>Uw login</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="58"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="58"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="67"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="78"/>
        <source>Server: must not be empty</source>
        <translation>Server: mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connect_dialog.py" line="79"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <location filename="../ui/pages/coordination.py" line="213"/>
        <source>Coordination</source>
        <translation>Afstemming</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="218"/>
        <source>Fictitious figures (demo region): the organisations and numbers of this register are made up for demonstration.</source>
        <translation>Fictieve cijfers (demoregio): de organisaties en aantallen in dit register zijn verzonnen voor demonstratie.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="220"/>
        <source>View:</source>
        <translation>Weergave:</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="221"/>
        <source>Steering group</source>
        <translation>Stuurgroep</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="222"/>
        <source>Only what may be shared beyond one organisation: small numbers hidden</source>
        <translation>Alleen wat buiten één organisatie gedeeld mag worden: kleine aantallen verborgen</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="223"/>
        <source>Coordinator (full)</source>
        <translation>Coördinator (volledig)</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="224"/>
        <source>Every figure; for the regional coordinator, not for sharing</source>
        <translation>Alle cijfers; voor de regionale coördinator, niet om te delen</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="225"/>
        <location filename="../ui/pages/coordination.py" line="226"/>
        <source>Tension per organisation and occupation</source>
        <translation>Spanning per organisatie en functie</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="228"/>
        <source>Tension is the vacancy rate in which vacancies open 3 months or longer count twice: vacancy rate × (1 + share open 3+ months). Hover a cell for its figures.</source>
        <translation>Spanning is de vacaturegraad waarin vacatures die 3 maanden of langer openstaan dubbel tellen: vacaturegraad × (1 + aandeel 3+ maanden open). Wijs een cel aan voor de cijfers.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="231"/>
        <source>Where joiners come from and where leavers go</source>
        <translation>Waar de instroom vandaan komt en waar de uitstroom heen gaat</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="232"/>
        <source>Who trains, who hires</source>
        <translation>Wie leidt op, wie neemt aan</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="234"/>
        <source>What these figures mean</source>
        <translation>Wat deze cijfers betekenen</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="245"/>
        <source>What the figures show</source>
        <translation>Wat de cijfers laten zien</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="246"/>
        <source>What they do not show</source>
        <translation>Wat ze niet laten zien</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="247"/>
        <source>Hiring from each other</source>
        <translation>Bij elkaar werven</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="248"/>
        <source>Training effort</source>
        <translation>Opleidingsinspanning</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="249"/>
        <source>The shared training plan</source>
        <translation>Het gezamenlijke opleidingsplan</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="250"/>
        <source>Competition law</source>
        <translation>Mededingingsrecht</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="305"/>
        <source>Reading the figures…</source>
        <translation>Cijfers inlezen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="342"/>
        <source>No register is open.</source>
        <translation>Er is geen register geopend.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="342"/>
        <source>This register has no rounds yet: the coordination figures need a round of figures.</source>
        <translation>Dit register heeft nog geen rondes: voor de afstemmingscijfers is een ronde met cijfers nodig.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="348"/>
        <source>Coordinate instead of compete — %1</source>
        <translation>Afstemmen in plaats van concurreren — %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="349"/>
        <source>Reference date %1</source>
        <translation>Peildatum %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="351"/>
        <source>changes against %1</source>
        <translation>veranderingen ten opzichte van %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="353"/>
        <source>Fictitious figures (demo region)</source>
        <translation>Fictieve cijfers (demoregio)</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="357"/>
        <source>Steering group view: only what may be shared beyond one organisation. A figure about fewer than %1 persons is hidden (x), as is a regional figure with fewer than %2 contributing organisations or whose largest two make up more than %3%, and every figure from which a hidden one could be worked out.</source>
        <translation>Stuurgroepweergave: alleen wat buiten één organisatie gedeeld mag worden. Een cijfer over minder dan %1 personen is verborgen (x), net als een regionaal cijfer waar minder dan %2 organisaties aan bijdragen of waarvan de grootste twee samen meer dan %3% leveren, en elk cijfer waaruit een verborgen cijfer terug te rekenen zou zijn.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="364"/>
        <source>Coordinator view: every figure, small numbers included. Do not share this view beyond the regional coordinator; use the steering group view for meetings.</source>
        <translation>Coördinatorweergave: alle cijfers, ook kleine aantallen. Deel deze weergave niet buiten de regionale coördinator; gebruik de stuurgroepweergave in vergaderingen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="380"/>
        <source>Hiring from each other moves the shortage around: over the region, moves inside the region add up to zero (%1 joined from and %2 left to another organisation in the region). The region grows only by joiners from outside minus exits: %3 persons this year.</source>
        <translation>Bij elkaar werven verplaatst het tekort: over de regio tellen de overstappen binnen de regio op tot nul (%1 kwamen van en %2 gingen naar een andere organisatie in de regio). De regio groeit alleen door instroom van buiten min vertrek: %3 personen dit jaar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="385"/>
        <source>Hiring from each other moves the shortage around: over the region, moves inside the region add up to zero. The region grows only by joiners from outside minus exits.</source>
        <translation>Bij elkaar werven verplaatst het tekort: over de regio tellen de overstappen binnen de regio op tot nul. De regio groeit alleen door instroom van buiten min vertrek.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="393"/>
        <source>Up: trains much for its size. Right: hires a large part of the newly qualified. Dashed: the region's trainees per 100 fte.</source>
        <translation>Boven: leidt veel op voor zijn omvang. Rechts: neemt een groot deel van de pas gediplomeerden aan. Gestippeld: de leerlingen per 100 fte van de regio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/coordination.py" line="396"/>
        <source>%n organisation(s) left out in this view: small numbers.</source>
        <translation>
            <numerusform>%n organisatie weggelaten in deze weergave: kleine aantallen.</numerusform>
            <numerusform>%n organisaties weggelaten in deze weergave: kleine aantallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Steering group view: only what may be shared beyond one organisation. A cell built from fewer than %1 persons shows “%2”; a cell that would reveal such a cell through the totals shows “%3”.</source>
        <translation type="vanished">Stuurgroepweergave: alleen wat buiten één organisatie gedeeld mag worden. Een cel op basis van minder dan %1 personen toont “%2”; een cel die zo'n cel via de totalen zou verraden toont “%3”.</translation>
    </message>
    <message>
        <source>Shared training plan</source>
        <translation type="vanished">Gezamenlijk opleidingsplan</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation type="vanished">Functie:</translation>
    </message>
    <message>
        <source>Split by:</source>
        <translation type="vanished">Verdelen naar:</translation>
    </message>
    <message>
        <source>share of fte</source>
        <translation type="vanished">aandeel fte</translation>
    </message>
    <message>
        <source>share of shortage (open fte)</source>
        <translation type="vanished">aandeel tekort (open fte)</translation>
    </message>
    <message>
        <source>equal parts</source>
        <translation type="vanished">gelijke delen</translation>
    </message>
    <message>
        <source>Computing the regional intake advice…</source>
        <translation type="vanished">Het regionale instroomadvies wordt berekend…</translation>
    </message>
    <message>
        <source>The regional intake advice could not be computed: %1</source>
        <translation type="vanished">Het regionale instroomadvies kon niet worden berekend: %1</translation>
    </message>
    <message>
        <source>No training plan for this occupation: no advice and no organisation with figures.</source>
        <translation type="vanished">Geen opleidingsplan voor deze functie: geen advies en geen organisatie met cijfers.</translation>
    </message>
    <message>
        <source>from the projection</source>
        <translation type="vanished">uit de raming</translation>
    </message>
    <message>
        <source>advice not available: using today's planned intake</source>
        <translation type="vanished">advies niet beschikbaar: de huidige geplande instroom wordt gebruikt</translation>
    </message>
    <message>
        <source>Regional intake advice: %1 places a year (%2). Planned: %3; training places now: %4; planned intake now: %5.</source>
        <translation type="vanished">Regionaal instroomadvies: %1 plaatsen per jaar (%2). Gepland: %3; praktijkplaatsen nu: %4; geplande instroom nu: %5.</translation>
    </message>
    <message>
        <source>Nobody has a weight under this rule: split by fte instead.</source>
        <translation type="vanished">Niemand heeft een gewicht volgens deze regel: er wordt naar fte verdeeld.</translation>
    </message>
    <message numerus="yes">
        <source>Short by %n place(s): the organisations' supervisors cannot take on the whole advice.</source>
        <translation type="vanished">
            <numerusform>%n plaats tekort: de praktijkbegeleiders van de organisaties kunnen niet het hele advies opnemen.</numerusform>
            <numerusform>%n plaatsen tekort: de praktijkbegeleiders van de organisaties kunnen niet het hele advies opnemen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DifferenceModel</name>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="67"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="67"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="67"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="68"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="64"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="67"/>
        <source>&lt;b&gt;hrplanner ran into an unexpected problem.&lt;/b&gt;&lt;br&gt;Changes you made before were saved; the action that failed was not carried out. If this happens again, please send the report below to whoever supports hrplanner for you.</source>
        <translation>&lt;b&gt;hrplanner liep tegen een onverwacht probleem aan.&lt;/b&gt;&lt;br&gt;Wijzigingen die u eerder maakte, zijn opgeslagen; de handeling die misging, is niet uitgevoerd. Gebeurt dit opnieuw, stuur dan het rapport hieronder naar wie hrplanner voor u ondersteunt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="77"/>
        <source>Error report</source>
        <translation>Foutrapport</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="80"/>
        <source>Log file: %1</source>
        <translation>Logbestand: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="85"/>
        <source>Copy report</source>
        <translation>Rapport kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="87"/>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="146"/>
        <source>Cannot do that</source>
        <translation>Dat kan niet</translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message>
        <location filename="../ui/actions_excel.py" line="82"/>
        <source>Collection templates</source>
        <translation>Uitvraagbestanden</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="84"/>
        <location filename="../ui/actions_excel.py" line="90"/>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="86"/>
        <location filename="../ui/actions_excel.py" line="91"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="87"/>
        <source>All active organisations (one file each)</source>
        <translation>Alle actieve organisaties (één bestand per organisatie)</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="132"/>
        <source>Collection &amp;templates…</source>
        <translation>&amp;Uitvraagbestanden…</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="133"/>
        <source>Write an Excel template per organisation to collect a round of figures</source>
        <translation>Per organisatie een Excel-uitvraagbestand maken om een ronde cijfers op te halen</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="134"/>
        <source>&amp;Import figures from Excel…</source>
        <translation>Cijfers uit Excel &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="135"/>
        <source>Import filled-in templates; a file with any error imports nothing</source>
        <translation>Ingevulde uitvraagbestanden importeren; van een bestand met een fout wordt niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="136"/>
        <source>&amp;Export meeting workbook…</source>
        <translation>&amp;Vergaderwerkmap exporteren…</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="137"/>
        <source>Write the Excel summary for a steering-group meeting</source>
        <translation>Het Excel-overzicht voor een stuurgroepvergadering maken</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="155"/>
        <source>Every round is closed. Add or reopen a round to collect figures.</source>
        <translation>Alle rondes zijn afgesloten. Voeg een ronde toe of heropen er een om cijfers op te halen.</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="163"/>
        <source>Folder for the templates</source>
        <translation>Map voor de uitvraagbestanden</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="183"/>
        <source>Templates written: %1, in %2.</source>
        <translation>Uitvraagbestanden gemaakt: %1, in %2.</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="192"/>
        <location filename="../ui/actions_excel.py" line="213"/>
        <source>Import figures from Excel</source>
        <translation>Cijfers uit Excel importeren</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="193"/>
        <location filename="../ui/actions_excel.py" line="301"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="206"/>
        <source>The register is open read-only; figures cannot be imported.</source>
        <translation>Het register is alleen-lezen geopend; er kunnen geen cijfers worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="211"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="211"/>
        <location filename="../ui/actions_excel.py" line="311"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions_excel.py" line="236"/>
        <source>Import cancelled: %1 of %Ln file(s) imported or unchanged, %2 not read</source>
        <translation>
            <numerusform>Import geannuleerd: %1 van %Ln bestand geïmporteerd of ongewijzigd, %2 niet gelezen</numerusform>
            <numerusform>Import geannuleerd: %1 van %Ln bestanden geïmporteerd of ongewijzigd, %2 niet gelezen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions_excel.py" line="240"/>
        <source>Import: %1 of %Ln file(s) imported or unchanged</source>
        <translation>
            <numerusform>Import: %1 van %Ln bestand geïmporteerd of ongewijzigd</numerusform>
            <numerusform>Import: %1 van %Ln bestanden geïmporteerd of ongewijzigd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="244"/>
        <source>Some files have unusual figures (warnings above). Import them anyway?</source>
        <translation>Sommige bestanden bevatten ongebruikelijke cijfers (zie de waarschuwingen hierboven). Toch importeren?</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="255"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 importeren (%2 van %3)…</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="271"/>
        <source>persons</source>
        <translation>personen</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="271"/>
        <source>fte</source>
        <translation>fte</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="274"/>
        <source>%1 would lower the figures of %2 by more than %3%:
%4

If that is right, type the name of the organisation to confirm:</source>
        <translation>%1 zou de cijfers van %2 met meer dan %3% verlagen:
%4

Klopt dat, typ dan de naam van de organisatie om te bevestigen:</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="277"/>
        <source>Confirm a large drop</source>
        <translation>Grote daling bevestigen</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="281"/>
        <source>The name does not match %1; that file is not imported.</source>
        <translation>De naam komt niet overeen met %1; dat bestand wordt niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="294"/>
        <location filename="../ui/actions_excel.py" line="300"/>
        <location filename="../ui/actions_excel.py" line="328"/>
        <source>Export meeting workbook</source>
        <translation>Vergaderwerkmap exporteren</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="295"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="311"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../ui/actions_excel.py" line="327"/>
        <source>The meeting workbook was written to %1. Open it now?</source>
        <translation>De vergaderwerkmap is opgeslagen als %1. Nu openen?</translation>
    </message>
    <message>
        <source>Import cancelled: %1 of %2 file(s) imported or unchanged, %3 not read</source>
        <translation type="vanished">Import geannuleerd: %1 van %2 bestand(en) geïmporteerd of ongewijzigd, %3 niet gelezen</translation>
    </message>
    <message>
        <source>Import: %1 of %2 file(s) imported or unchanged</source>
        <translation type="vanished">Import: %1 van %2 bestand(en) geïmporteerd of ongewijzigd</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="vanished">%1 importeren…</translation>
    </message>
</context>
<context>
    <name>ExplainModel</name>
    <message>
        <location filename="../ui/models/projection_explain.py" line="19"/>
        <source>women</source>
        <translation>vrouwen</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="19"/>
        <source>men</source>
        <translation>mannen</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="19"/>
        <source>all</source>
        <translation>allen</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="27"/>
        <source>Base: supply in %1</source>
        <translation>Basis: aanbod in %1</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="29"/>
        <source>Unmet demand in %1</source>
        <translation>Onvervulde vraag in %1</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="31"/>
        <source>Demography</source>
        <translation>Demografie</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="35"/>
        <source>Care type: %1</source>
        <translation>Zorgsoort: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="38"/>
        <source>Staff still working</source>
        <translation>Personeel dat nog werkt</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="39"/>
        <source>Graduates, in training now</source>
        <translation>Gediplomeerden, nu in opleiding</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="40"/>
        <source>Graduates, decided intake</source>
        <translation>Gediplomeerden, besloten instroom</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="41"/>
        <source>Graduates, lever intake</source>
        <translation>Gediplomeerden, extra instroom</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="42"/>
        <source>Other inflow</source>
        <translation>Overige instroom</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="81"/>
        <source>Supply</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="84"/>
        <source>Total supply</source>
        <translation>Aanbod totaal</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="85"/>
        <source>Demand</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="88"/>
        <source>Total demand</source>
        <translation>Vraag totaal</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="89"/>
        <source>Gap (demand - supply)</source>
        <translation>Verschil (vraag - aanbod)</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="128"/>
        <source>Part (%1)</source>
        <translation>Onderdeel (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="128"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="128"/>
        <source>Fte</source>
        <translation>Fte</translation>
    </message>
</context>
<context>
    <name>FeedbackActions</name>
    <message>
        <location filename="../ui/actions_feedback.py" line="43"/>
        <source>&amp;Feedback reports…</source>
        <translation>&amp;Terugkoppelrapporten…</translation>
    </message>
    <message>
        <location filename="../ui/actions_feedback.py" line="44"/>
        <source>Write each organisation's own figures against the region, as an Excel report</source>
        <translation>Schrijf per organisatie de eigen cijfers naast die van de regio, als Excel-rapport</translation>
    </message>
    <message>
        <location filename="../ui/actions_feedback.py" line="64"/>
        <source>No round has figures yet: there is nothing to report on.</source>
        <translation>Nog geen ronde heeft cijfers: er is niets om over te rapporteren.</translation>
    </message>
    <message>
        <location filename="../ui/actions_feedback.py" line="72"/>
        <source>Folder for the feedback reports</source>
        <translation>Map voor de terugkoppelrapporten</translation>
    </message>
    <message>
        <location filename="../ui/actions_feedback.py" line="79"/>
        <source>Feedback report</source>
        <translation>Terugkoppelrapport</translation>
    </message>
    <message>
        <location filename="../ui/actions_feedback.py" line="80"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/actions_feedback.py" line="102"/>
        <source>Feedback reports written: %1, in %2. Open the folder?</source>
        <translation>Terugkoppelrapporten geschreven: %1, in %2. De map openen?</translation>
    </message>
    <message>
        <location filename="../ui/actions_feedback.py" line="104"/>
        <source>Feedback reports</source>
        <translation>Terugkoppelrapporten</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../ui/dialogs/feedback_dialog.py" line="21"/>
        <source>Feedback reports</source>
        <translation>Terugkoppelrapporten</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/feedback_dialog.py" line="23"/>
        <source>Each organisation gets an Excel report with its own figures against the region and organisations of its kind. It names no other organisation.</source>
        <translation>Elke organisatie krijgt een Excel-rapport met haar eigen cijfers naast die van de regio en van organisaties van dezelfde soort. Er staat geen andere organisatie in.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/feedback_dialog.py" line="27"/>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/feedback_dialog.py" line="31"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/feedback_dialog.py" line="32"/>
        <source>All organisations with figures (one file each)</source>
        <translation>Alle organisaties met cijfers (elk een eigen bestand)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/feedback_dialog.py" line="35"/>
        <source>Round:</source>
        <translation>Ronde:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/feedback_dialog.py" line="36"/>
        <source>Organisation:</source>
        <translation>Organisatie:</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="301"/>
        <source>Previous round (%1): %2</source>
        <translation>Vorige ronde (%1): %2</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../ui/pages/register_figures.py" line="178"/>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="181"/>
        <source>Register figures</source>
        <translation>Registercijfers</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="182"/>
        <source>&amp;Add round…</source>
        <translation>Ronde &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="183"/>
        <source>Add a reference date to enter figures for</source>
        <translation>Een peildatum toevoegen om cijfers voor in te voeren</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="184"/>
        <source>&amp;Close round…</source>
        <translation>Ronde af&amp;sluiten…</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="185"/>
        <source>Make this round's figures read-only</source>
        <translation>De cijfers van deze ronde alleen-lezen maken</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="186"/>
        <source>This round is closed (read-only).</source>
        <translation>Deze ronde is afgesloten (alleen-lezen).</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="187"/>
        <source>&amp;Reopen round…</source>
        <translation>Ronde &amp;heropenen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="188"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="189"/>
        <source>Organisation filter</source>
        <translation>Filter op organisatie</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="190"/>
        <source>Occu&amp;pation:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="191"/>
        <source>Occupation filter</source>
        <translation>Filter op functie</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="192"/>
        <source>Show rows &amp;without figures</source>
        <translation>Rijen &amp;zonder cijfers tonen</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="193"/>
        <source>Show every organisation x occupation, also those without figures yet, to enter new figures</source>
        <translation>Elke combinatie van organisatie en functie tonen, ook zonder cijfers, om nieuwe cijfers in te voeren</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="195"/>
        <source>&amp;Staffing</source>
        <translation>&amp;Bezetting</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="195"/>
        <source>Establishment an&amp;d vacancies</source>
        <translation>Formatie en &amp;vacatures</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="195"/>
        <source>&amp;Joiners and leavers</source>
        <translation>&amp;In- en uitstroom</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="196"/>
        <source>&amp;Training</source>
        <translation>O&amp;pleiding</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="196"/>
        <source>Sic&amp;kness absence</source>
        <translation>Ver&amp;zuim</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="201"/>
        <source>Se&amp;x:</source>
        <translation>&amp;Geslacht:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="201"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="203"/>
        <source>Ro&amp;ute:</source>
        <translation>Ro&amp;ute:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="203"/>
        <source>All routes</source>
        <translation>Alle routes</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="218"/>
        <source>Reading the figures…</source>
        <translation>Cijfers inlezen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="231"/>
        <source>No rounds yet: add one to enter figures.</source>
        <translation>Nog geen rondes: voeg er een toe om cijfers in te voeren.</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="235"/>
        <source>Round: %1</source>
        <translation>Ronde: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="244"/>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="246"/>
        <source>All occupations</source>
        <translation>Alle functies</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="284"/>
        <source>Close round %1? Its figures become read-only until it is reopened.</source>
        <translation>Ronde %1 afsluiten? De cijfers worden alleen-lezen tot de ronde wordt heropend.</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="287"/>
        <source>Reopen round %1? Its figures can then be changed again.</source>
        <translation>Ronde %1 heropenen? De cijfers kunnen dan weer worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="294"/>
        <location filename="../ui/pages/register_figures.py" line="299"/>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="131"/>
        <source>inside the region</source>
        <translation>binnen de regio</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="132"/>
        <source>education</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="133"/>
        <source>youth care elsewhere</source>
        <translation>jeugdzorg elders</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="134"/>
        <source>other sector</source>
        <translation>andere sector</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="135"/>
        <source>re-entry</source>
        <translation>herintreding</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="136"/>
        <source>retirement</source>
        <translation>pensioen</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="137"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="138"/>
        <source>hidden (small numbers)</source>
        <translation>verborgen (kleine aantallen)</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="175"/>
        <source>net %1</source>
        <translation>netto %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="181"/>
        <source>← leavers   persons   joiners →</source>
        <translation>← uitstroom   personen   instroom →</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="194"/>
        <source>joiners %1; leavers %2; net for the region %3</source>
        <translation>instroom %1; uitstroom %2; netto voor de regio %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="196"/>
        <source>Fictitious figures (demo region)</source>
        <translation>Fictieve cijfers (demoregio)</translation>
    </message>
</context>
<context>
    <name>GapCompareChart</name>
    <message>
        <location filename="../ui/charts/projection_compare.py" line="45"/>
        <source>gap (fte)</source>
        <translation>tekort (fte)</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_compare.py" line="47"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_compare.py" line="48"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_compare.py" line="64"/>
        <source>%1: gap %2 fte in A, %3 fte in B</source>
        <translation>%1: tekort %2 fte in A, %3 fte in B</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../ui/models/projection_gap.py" line="82"/>
        <source>shortage</source>
        <translation>tekort</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="82"/>
        <source>surplus</source>
        <translation>overschot</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="82"/>
        <source>balance</source>
        <translation>evenwicht</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="83"/>
        <source>%1, %2: %3 fte (%4 persons), %5 of demand; %6</source>
        <translation>%1, %2: %3 fte (%4 personen), %5 van de vraag; %6</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="91"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="93"/>
        <source>Gap in fte in %1 (demand minus supply; shortage &gt; 0)</source>
        <translation>Verschil in fte in %1 (vraag min aanbod; tekort &gt; 0)</translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <location filename="../ui/charts/projection_heatmap.py" line="54"/>
        <source>surplus %1 of demand</source>
        <translation>overschot %1 van de vraag</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_heatmap.py" line="55"/>
        <source>balance</source>
        <translation>evenwicht</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_heatmap.py" line="56"/>
        <source>shortage %1 of demand</source>
        <translation>tekort %1 van de vraag</translation>
    </message>
</context>
<context>
    <name>ImpactChart</name>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="30"/>
        <source>Unmet demand today</source>
        <translation>Onvervulde vraag nu</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="31"/>
        <source>Demography</source>
        <translation>Demografie</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="32"/>
        <source>Outflow of today's staff</source>
        <translation>Uitstroom van het huidige personeel</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="33"/>
        <source>Change in fte per person</source>
        <translation>Verandering van fte per persoon</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="34"/>
        <source>Graduates of those in training</source>
        <translation>Gediplomeerden van wie nu in opleiding is</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="35"/>
        <source>Intake already decided</source>
        <translation>Al besloten instroom in opleiding</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="36"/>
        <source>Other inflow</source>
        <translation>Overige instroom</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="43"/>
        <source>Care type: %1</source>
        <translation>Zorgsoort: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="69"/>
        <source>trainees per year</source>
        <translation>leerlingen per jaar</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="86"/>
        <source>Intake advice %1</source>
        <translation>Instroomadvies %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="119"/>
        <source>%1: %2 trainees per year</source>
        <translation>%1: %2 leerlingen per jaar</translation>
    </message>
</context>
<context>
    <name>Issues</name>
    <message>
        <location filename="../ui/issues.py" line="30"/>
        <source>must be a number</source>
        <translation>moet een getal zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="31"/>
        <source>must be a finite number</source>
        <translation>moet een eindig getal zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="32"/>
        <source>must not be negative</source>
        <translation>mag niet negatief zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="33"/>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="34"/>
        <source>is implausibly large (more than %1)</source>
        <translation>is onwaarschijnlijk groot (meer dan %1)</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="35"/>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="36"/>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="37"/>
        <source>must be at most %1 characters</source>
        <translation>mag hoogstens %1 tekens lang zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="38"/>
        <source>must not contain control characters</source>
        <translation>mag geen stuurtekens bevatten</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="39"/>
        <source>must be a percentage between 0 and 100</source>
        <translation>moet een percentage tussen 0 en 100 zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="40"/>
        <source>must be a date written as YYYY-MM-DD</source>
        <translation>moet een datum zijn in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="41"/>
        <source>fte must be 0 when there are no persons</source>
        <translation>fte moet 0 zijn als er geen personen zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="43"/>
        <source>%1 fte per person; usually between %2 and %3 (confirm if correct)</source>
        <translation>%1 fte per persoon; meestal tussen %2 en %3 (bevestig als het klopt)</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="45"/>
        <source>vacancies open 3 months or longer (%1) cannot exceed open vacancies (%2)</source>
        <translation>vacatures die 3 maanden of langer openstaan (%1) kunnen niet meer zijn dan de openstaande vacatures (%2)</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="47"/>
        <source>open fte must be 0 when there are no open vacancies</source>
        <translation>open fte moet 0 zijn als er geen openstaande vacatures zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="49"/>
        <source>leavers (%1) cannot exceed persons at the start of the period (%2) plus joiners (%3)</source>
        <translation>uitstroom (%1) kan niet meer zijn dan de personen aan het begin van de periode (%2) plus de instroom (%3)</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="51"/>
        <source>the age bands add up to %1 persons, not %2</source>
        <translation>de leeftijdsgroepen tellen op tot %1 personen, niet %2</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="52"/>
        <source>the age bands add up to %1 fte, not %2</source>
        <translation>de leeftijdsgroepen tellen op tot %1 fte, niet %2</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="54"/>
        <source>establishment differs from filled fte (%1) plus vacant fte (%2) by %3 (confirm if correct)</source>
        <translation>de formatie wijkt %3 af van de bezette fte (%1) plus de vacante fte (%2) (bevestig als het klopt)</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="55"/>
        <source>may contain only letters, digits, - and _</source>
        <translation>mag alleen letters, cijfers, - en _ bevatten</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="56"/>
        <source>must be at most %1 years</source>
        <translation>mag hoogstens %1 jaar zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="58"/>
        <source>an organisation with this name already exists</source>
        <translation>er bestaat al een organisatie met deze naam</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="59"/>
        <source>an occupation with this code already exists</source>
        <translation>er bestaat al een functie met deze code</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="60"/>
        <source>a round with this reference date exists</source>
        <translation>er bestaat al een ronde met deze peildatum</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="61"/>
        <source>must be one of: %1</source>
        <translation>moet een van deze zijn: %1</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="63"/>
        <source>must be 0 or more</source>
        <translation>moet 0 of meer zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="64"/>
        <source>must be between %1 and %2</source>
        <translation>moet tussen %1 en %2 liggen</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="66"/>
        <source>must be between %1 and %2 (fte per person)</source>
        <translation>moet tussen %1 en %2 liggen (fte per persoon)</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="67"/>
        <source>must be between %1 and %2 years</source>
        <translation>moet tussen %1 en %2 jaar liggen</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="69"/>
        <source>must be between %1 and %2 (base year + horizon)</source>
        <translation>moet tussen %1 en %2 liggen (basisjaar + horizon)</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="70"/>
        <source>must be %1 (the base year) or later</source>
        <translation>moet %1 (het basisjaar) of later zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="72"/>
        <source>must be a single whole number (low = middle = high)</source>
        <translation>moet één geheel getal zijn (laag = midden = hoog)</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="73"/>
        <source>is not a parameter of this projection</source>
        <translation>is geen parameter van deze raming</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="74"/>
        <source>is not a valid low, middle and high value</source>
        <translation>is geen geldige lage, midden- en hoge waarde</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="75"/>
        <source>must be true or false</source>
        <translation>moet ja of nee zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="76"/>
        <source>must be 0 (no) or 1 (yes)</source>
        <translation>moet 0 (nee) of 1 (ja) zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="78"/>
        <source>is required (at least one year with a value)</source>
        <translation>is verplicht (minstens één jaar met een waarde)</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="79"/>
        <source>is required (at least one group)</source>
        <translation>is verplicht (minstens één groep)</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="80"/>
        <source>needs at least one year</source>
        <translation>vraagt minstens één jaar</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="82"/>
        <source>the year must be after 0 (at year 0 the value is 0)</source>
        <translation>het jaar moet na 0 liggen (in jaar 0 is de waarde 0)</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="83"/>
        <source>the year must be %1 or later</source>
        <translation>het jaar moet %1 of later zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="84"/>
        <source>the year must be at most %1</source>
        <translation>het jaar mag hoogstens %1 zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="85"/>
        <source>must be a name without dots</source>
        <translation>moet een naam zonder punten zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="86"/>
        <source>must be unique</source>
        <translation>moet uniek zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="87"/>
        <source>must add up to 1 over the groups</source>
        <translation>moet over de groepen samen 1 zijn</translation>
    </message>
    <message>
        <location filename="../ui/issues.py" line="120"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
</context>
<context>
    <name>LeversSection</name>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="120"/>
        <source>V&amp;ariant:</source>
        <translation>V&amp;ariant:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="121"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="122"/>
        <source>Projection with the levers</source>
        <translation>Raming met de stuurknoppen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="123"/>
        <source>Reset &amp;levers</source>
        <translation>Stuurknoppen &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="124"/>
        <source>&amp;Save levers to scenario</source>
        <translation>Stuurknoppen in scenario &amp;opslaan</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="125"/>
        <source>Save as ne&amp;w scenario…</source>
        <translation>Opslaan als &amp;nieuw scenario…</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="126"/>
        <source>Scenario without levers</source>
        <translation>Scenario zonder stuurknoppen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="139"/>
        <source>The basis cannot be changed; save the levers as a new scenario</source>
        <translation>De basis kan niet worden gewijzigd; sla de stuurknoppen op als nieuw scenario</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="209"/>
        <source>save levers</source>
        <translation>stuurknoppen opslaan</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="220"/>
        <source>Save as new scenario</source>
        <translation>Opslaan als nieuw scenario</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="220"/>
        <source>Name of the new scenario:</source>
        <translation>Naam van het nieuwe scenario:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="221"/>
        <source>%1 with levers</source>
        <translation>%1 met stuurknoppen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_levers.py" line="227"/>
        <source>save levers as scenario %1</source>
        <translation>stuurknoppen opslaan als scenario %1</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/actions.py" line="85"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nieuw register…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="86"/>
        <source>Create an empty register file</source>
        <translation>Een leeg registerbestand maken</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="87"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="88"/>
        <source>Open a register file</source>
        <translation>Een registerbestand openen</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="89"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="90"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="91"/>
        <source>&amp;About hrplanner</source>
        <translation>&amp;Over hrplanner</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="97"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="97"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="101"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Opnieuw: %1</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="101"/>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="269"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="269"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="269"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="270"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="270"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="273"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="274"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="276"/>
        <source>Main tool bar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="278"/>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="296"/>
        <source>%1 is open already</source>
        <translation>%1 is al geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="298"/>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="320"/>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="322"/>
        <source>%1 was upgraded to this version of hrplanner; the original is kept as %2</source>
        <translation>%1 is bijgewerkt naar deze versie van hrplanner; het origineel is bewaard als %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="335"/>
        <source>The register that was open stays open.</source>
        <translation>Het register dat open was, blijft open.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="336"/>
        <source>Could not open %1</source>
        <translation>%1 kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="337"/>
        <source>Cannot open register</source>
        <translation>Register kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="342"/>
        <source>Open register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="343"/>
        <location filename="../ui/main_window.py" line="351"/>
        <source>hrplanner registers (*%1)</source>
        <translation>hrplanner-registers (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="350"/>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="371"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="392"/>
        <source>(demo — fictitious figures)</source>
        <translation>(demo — fictieve cijfers)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="394"/>
        <source>(read-only)</source>
        <translation>(alleen-lezen)</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="vanished">&amp;Ronde:</translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="vanished">Ronde</translation>
    </message>
    <message>
        <source>The round (reference date) the pages show</source>
        <translation type="vanished">De ronde (peildatum) die de pagina's tonen</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="vanished">%1 (afgesloten)</translation>
    </message>
</context>
<context>
    <name>MatrixControls</name>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="392"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Rijen:</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="393"/>
        <source>&amp;Order:</source>
        <translation>&amp;Volgorde:</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="394"/>
        <source>Filter by name or place…</source>
        <translation>Filter op naam of plaats…</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="395"/>
        <source>Filter the rows of the matrix</source>
        <translation>Filter de rijen van de matrix</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="396"/>
        <source>per organisation</source>
        <translation>per organisatie</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="397"/>
        <source>per kind of organisation</source>
        <translation>per soort organisatie</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="398"/>
        <source>per municipality</source>
        <translation>per gemeente</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="399"/>
        <source>by name</source>
        <translation>op naam</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="400"/>
        <source>highest tension first</source>
        <translation>hoogste spanning eerst</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="417"/>
        <source>%1 of %2 rows</source>
        <translation>%1 van %2 rijen</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ui/safe_open.py" line="139"/>
        <source>Notices</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <location filename="../ui/safe_open.py" line="140"/>
        <location filename="../ui/safe_open.py" line="141"/>
        <source>Hide this notice</source>
        <translation>Deze melding verbergen</translation>
    </message>
</context>
<context>
    <name>OccupationDialog</name>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="120"/>
        <source>Add occupation</source>
        <translation>Functie toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="127"/>
        <source>The work requires registration</source>
        <translation>Het werk vereist registratie</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="131"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="132"/>
        <source>&amp;Dutch name:</source>
        <translation>&amp;Nederlandse naam:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="133"/>
        <source>&amp;English name:</source>
        <translation>&amp;Engelse naam:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="134"/>
        <source>&amp;Level:</source>
        <translation>Ni&amp;veau:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="135"/>
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="136"/>
        <source>Re&amp;gistration:</source>
        <translation>Re&amp;gistratie:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="137"/>
        <source>&amp;Training route:</source>
        <translation>&amp;Opleidingsroute:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="138"/>
        <source>Training &amp;years:</source>
        <translation>Opleidings&amp;jaren:</translation>
    </message>
</context>
<context>
    <name>OccupationsPage</name>
    <message>
        <location filename="../ui/pages/register_occupations.py" line="43"/>
        <location filename="../ui/pages/register_occupations.py" line="46"/>
        <location filename="../ui/pages/register_occupations.py" line="48"/>
        <source>Occupations</source>
        <translation>Functies</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_occupations.py" line="47"/>
        <source>&amp;Add occupation…</source>
        <translation>Functie &amp;toevoegen…</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="101"/>
        <source>Add organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="106"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="107"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="108"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../ui/pages/register_organisations.py" line="53"/>
        <location filename="../ui/pages/register_organisations.py" line="56"/>
        <location filename="../ui/pages/register_organisations.py" line="59"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_organisations.py" line="57"/>
        <source>&amp;Add organisation…</source>
        <translation>Organisatie &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_organisations.py" line="58"/>
        <source>Show &amp;inactive organisations</source>
        <translation>&amp;Inactieve organisaties tonen</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_organisations.py" line="78"/>
        <source>&amp;Deactivate</source>
        <translation>Op in&amp;actief zetten</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_organisations.py" line="78"/>
        <source>Re&amp;activate</source>
        <translation>Weer &amp;actief maken</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <location filename="../ui/pages/overview_charts.py" line="77"/>
        <source>Retirement wave: share aged 55+ and 60+</source>
        <translation>Vergrijzing: aandeel 55+ en 60+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_charts.py" line="78"/>
        <source>Open vacancies per round</source>
        <translation>Open vacatures per ronde</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_charts.py" line="79"/>
        <source>Largest expected shortages</source>
        <translation>Grootste verwachte tekorten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_charts.py" line="124"/>
        <source>55+</source>
        <translation>55+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_charts.py" line="126"/>
        <source>60+</source>
        <translation>60+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_charts.py" line="132"/>
        <source>Open vacancies</source>
        <translation>Open vacatures</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_charts.py" line="145"/>
        <source>Computing the projection…</source>
        <translation>De raming wordt berekend…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_charts.py" line="156"/>
        <source>The projection could not be computed: %1</source>
        <translation>De raming kon niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_charts.py" line="159"/>
        <source>The largest expected shortages per occupation appear here once the projection is available.</source>
        <translation>De grootste verwachte tekorten per functie verschijnen hier zodra de raming beschikbaar is.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_charts.py" line="161"/>
        <source>No shortages expected.</source>
        <translation>Geen tekorten verwacht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_charts.py" line="163"/>
        <source>fte</source>
        <translation>fte</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/pages/overview.py" line="165"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="172"/>
        <source>Fictitious figures (demo region): the organisations and numbers of this register are made up for demonstration.</source>
        <translation>Fictieve cijfers (demoregio): de organisaties en aantallen in dit register zijn verzonnen voor demonstratie.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="174"/>
        <location filename="../ui/pages/overview.py" line="175"/>
        <source>Key figures per occupation</source>
        <translation>Kerncijfers per functie</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="201"/>
        <source>Reading the figures…</source>
        <translation>Cijfers inlezen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="223"/>
        <source>No register is open.</source>
        <translation>Er is geen register geopend.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="223"/>
        <source>This register has no rounds yet. Add a round and its figures, or import the collection templates of the organisations.</source>
        <translation>Dit register heeft nog geen rondes. Voeg een ronde met cijfers toe, of importeer de uitvraagbestanden van de organisaties.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="231"/>
        <source>Reference date %1, compared with %2</source>
        <translation>Peildatum %1, vergeleken met %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="234"/>
        <source>Reference date %1 (no previous round to compare with)</source>
        <translation>Peildatum %1 (geen vorige ronde om mee te vergelijken)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="239"/>
        <source>checking small numbers before the figures are shown…</source>
        <translation>kleine aantallen controleren voordat de cijfers worden getoond…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="296"/>
        <source>checking small numbers before the figures are shown (%1%)…</source>
        <translation>kleine aantallen controleren voordat de cijfers worden getoond (%1%)…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="434"/>
        <source>The figures are hidden: no safe publication of this round exists (%1)</source>
        <translation>De cijfers zijn verborgen: er bestaat geen veilige publicatie van deze ronde (%1)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="40"/>
        <location filename="../ui/pages/overview_figures.py" line="41"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="42"/>
        <source>Persons employed on the reference date (headcount)</source>
        <translation>Personen in dienst op de peildatum (aantal personen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="43"/>
        <location filename="../ui/pages/overview_figures.py" line="44"/>
        <source>Fte</source>
        <translation>Fte</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="45"/>
        <source>Filled fte on the reference date</source>
        <translation>Bezette fte op de peildatum</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="46"/>
        <source>Open vacancies</source>
        <translation>Open vacatures</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="47"/>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="48"/>
        <source>Open positions on the reference date</source>
        <translation>Openstaande vacatures op de peildatum</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="49"/>
        <location filename="../ui/pages/overview_figures.py" line="50"/>
        <source>Vacancy rate</source>
        <translation>Vacaturegraad</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="51"/>
        <source>Open fte / (filled fte + open fte)</source>
        <translation>Open fte / (bezette fte + open fte)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="52"/>
        <source>Open 3+ months</source>
        <translation>3+ maanden open</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="53"/>
        <source>Open 3+ mo.</source>
        <translation>3+ mnd open</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="54"/>
        <source>Share of the open vacancies open 3 months or longer</source>
        <translation>Deel van de open vacatures dat 3 maanden of langer openstaat</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="55"/>
        <location filename="../ui/pages/overview_figures.py" line="56"/>
        <source>Turnover</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="57"/>
        <source>Leavers in the 12 months before the reference date / average persons</source>
        <translation>Uitstroom in de 12 maanden vóór de peildatum / gemiddeld aantal personen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="58"/>
        <location filename="../ui/pages/overview_figures.py" line="59"/>
        <source>Circulation</source>
        <translation>Circulatie</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="60"/>
        <source>Joiners from another organisation in the region / all joiners</source>
        <translation>Instroom vanuit een andere organisatie in de regio / alle instroom</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="61"/>
        <source>Aged 55+</source>
        <translation>Aandeel 55+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="62"/>
        <source>55+</source>
        <translation>55+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="63"/>
        <source>Share of persons aged 55 or older</source>
        <translation>Deel van de personen van 55 jaar of ouder</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="64"/>
        <source>Aged 60+</source>
        <translation>Aandeel 60+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="65"/>
        <source>60+</source>
        <translation>60+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="66"/>
        <source>Share of persons aged 60 or older</source>
        <translation>Deel van de personen van 60 jaar of ouder</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="99"/>
        <source>Fictitious figures (demo region)</source>
        <translation>Fictieve cijfers (demoregio)</translation>
    </message>
    <message>
        <source>Retirement wave: share aged 55+ and 60+</source>
        <translation type="vanished">Vergrijzing: aandeel 55+ en 60+</translation>
    </message>
    <message>
        <source>Open vacancies per round</source>
        <translation type="vanished">Open vacatures per ronde</translation>
    </message>
    <message>
        <source>Largest expected shortages</source>
        <translation type="vanished">Grootste verwachte tekorten</translation>
    </message>
    <message>
        <source>Computing the projection…</source>
        <translation type="vanished">De raming wordt berekend…</translation>
    </message>
    <message>
        <source>The projection could not be computed: %1</source>
        <translation type="vanished">De raming kon niet worden berekend: %1</translation>
    </message>
    <message>
        <source>The largest expected shortages per occupation appear here once the projection is available.</source>
        <translation type="vanished">De grootste verwachte tekorten per functie verschijnen hier zodra de raming beschikbaar is.</translation>
    </message>
    <message>
        <source>No shortages expected.</source>
        <translation type="vanished">Geen tekorten verwacht.</translation>
    </message>
    <message>
        <source>fte</source>
        <translation type="vanished">fte</translation>
    </message>
</context>
<context>
    <name>ParameterTableModel</name>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="53"/>
        <source>Name of group %1</source>
        <translation>Naam van groep %1</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="53"/>
        <source>Name of care type %1</source>
        <translation>Naam van zorgsoort %1</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="55"/>
        <source>Occupation</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="55"/>
        <source>Equilibrium years</source>
        <translation>Evenwichtsjaren</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="56"/>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="56"/>
        <source>Care types</source>
        <translation>Zorgsoorten</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="62"/>
        <source>Base year</source>
        <translation>Basisjaar</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="62"/>
        <source>Horizon (years)</source>
        <translation>Horizon (jaren)</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="63"/>
        <source>Adjustment year</source>
        <translation>Bijsturingsjaar</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="63"/>
        <source>Trend year</source>
        <translation>Trendjaar</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="65"/>
        <source>Equilibrium year %1</source>
        <translation>Evenwichtsjaar %1</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="68"/>
        <source>Persons today</source>
        <translation>Personen nu</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="70"/>
        <source>women</source>
        <translation>vrouwen</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="70"/>
        <source>men</source>
        <translation>mannen</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="70"/>
        <source>all</source>
        <translation>allen</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="71"/>
        <source>all groups</source>
        <translation>alle groepen</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="75"/>
        <source>Fte per person (%1)</source>
        <translation>Fte per persoon (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="75"/>
        <source>Outflow, cumulative (%1)</source>
        <translation>Uitstroom, cumulatief (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="76"/>
        <source>Graduate retention (%1)</source>
        <translation>Extern rendement (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="79"/>
        <source>Share of persons (%1)</source>
        <translation>Aandeel personen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="80"/>
        <source>Fte per person (%1), year %2</source>
        <translation>Fte per persoon (%1), jaar %2</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="81"/>
        <source>Outflow, cumulative (%1), year %2</source>
        <translation>Uitstroom, cumulatief (%1), jaar %2</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="82"/>
        <source>Graduate retention (%1), year %2</source>
        <translation>Extern rendement (%1), jaar %2</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="83"/>
        <source>Share of trainees (%1)</source>
        <translation>Aandeel leerlingen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="84"/>
        <source>Share of other inflow (%1)</source>
        <translation>Aandeel overige instroom (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="89"/>
        <source>Training duration (years)</source>
        <translation>Opleidingsduur (jaren)</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="90"/>
        <source>in training now</source>
        <translation>nu in opleiding</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="90"/>
        <source>decided intake</source>
        <translation>besloten instroom</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="91"/>
        <source>lever intake</source>
        <translation>extra instroom</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="93"/>
        <source>Trainees per year: %1</source>
        <translation>Leerlingen per jaar: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="94"/>
        <source>Completion rate: %1</source>
        <translation>Intern rendement: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="96"/>
        <source>Other inflow per year</source>
        <translation>Overige instroom per jaar</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="99"/>
        <source>Unmet demand today</source>
        <translation>Onvervulde vraag nu</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="101"/>
        <source>Trends go on after the trend year (0 or 1)</source>
        <translation>Trends gaan door na het trendjaar (0 of 1)</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="103"/>
        <source>Demography, cumulative change</source>
        <translation>Demografie, cumulatieve verandering</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="105"/>
        <source>Demography, cumulative change, year %1</source>
        <translation>Demografie, cumulatieve verandering, jaar %1</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="107"/>
        <source>(per year)</source>
        <translation>(per jaar)</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="110"/>
        <source>Clients of %1</source>
        <translation>Cliënten van %1</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="112"/>
        <source>Clients of %1, year %2</source>
        <translation>Cliënten van %1, jaar %2</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="113"/>
        <source>Fte per 100 clients of %1</source>
        <translation>Fte per 100 cliënten van %1</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="253"/>
        <source>%1: %2 years</source>
        <translation>%1: %2 jaar</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="260"/>
        <source>Click to show or hide the value of every year; the columns show the first and the last year</source>
        <translation>Klik om de waarde van elk jaar te tonen of te verbergen; de kolommen tonen het eerste en het laatste jaar</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="292"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="292"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="292"/>
        <source>Middle</source>
        <translation>Midden</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="292"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="292"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="294"/>
        <source>The value derived from the register (the basis scenario)</source>
        <translation>De waarde afgeleid uit het register (het basisscenario)</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="352"/>
        <source>Changed in this scenario; the register has %1</source>
        <translation>Gewijzigd in dit scenario; het register heeft %1</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="364"/>
        <source>%1 = %2: is not a number</source>
        <translation>%1 = %2: is geen getal</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="377"/>
        <source>%1 = %2: low must not exceed middle, nor middle high</source>
        <translation>%1 = %2: laag mag niet groter zijn dan midden, en midden niet groter dan hoog</translation>
    </message>
</context>
<context>
    <name>ParametersSection</name>
    <message>
        <location filename="../ui/pages/scenarios_parameters.py" line="101"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_parameters.py" line="102"/>
        <source>Reset to re&amp;gister</source>
        <translation>Terug naar het re&amp;gister</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_parameters.py" line="103"/>
        <source>The selected parameters follow the register again</source>
        <translation>De gekozen parameters volgen weer het register</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_parameters.py" line="104"/>
        <source>Only changed parameters</source>
        <translation>Alleen gewijzigde parameters</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_parameters.py" line="110"/>
        <source>The basis is derived from the register and cannot be changed; copy it to change parameters.</source>
        <translation>De basis is afgeleid uit het register en kan niet worden gewijzigd; kopieer het om parameters te wijzigen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_parameters.py" line="113"/>
        <source>The register is open read-only.</source>
        <translation>Het register is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_parameters.py" line="115"/>
        <source>Double-click a low, middle or high value to change it. Changed values are highlighted.</source>
        <translation>Dubbelklik op een lage, middelste of hoge waarde om die te wijzigen. Gewijzigde waarden zijn gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_parameters.py" line="118"/>
        <source>%1 of %2 parameters differ from the register</source>
        <translation>%1 van %2 parameters wijken af van het register</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_parameters.py" line="130"/>
        <source>edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_parameters.py" line="138"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_parameters.py" line="172"/>
        <source>reset %1 to the register</source>
        <translation>%1 terugzetten naar het register</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="257"/>
        <location filename="../ui/pages/coordination_plan.py" line="264"/>
        <source>Shared training plan</source>
        <translation>Gezamenlijk opleidingsplan</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="258"/>
        <source>Occupation:</source>
        <translation>Functie:</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="259"/>
        <source>Split by:</source>
        <translation>Verdelen naar:</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="260"/>
        <source>share of fte</source>
        <translation>aandeel fte</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="260"/>
        <source>share of shortage (open fte)</source>
        <translation>aandeel tekort (open fte)</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="261"/>
        <source>equal parts</source>
        <translation>gelijke delen</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="298"/>
        <source>Computing the regional intake advice…</source>
        <translation>Het regionale instroomadvies wordt berekend…</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="311"/>
        <source>The regional intake advice could not be computed: %1</source>
        <translation>Het regionale instroomadvies kon niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="328"/>
        <source>Splitting the advice over the organisations…</source>
        <translation>Het advies over de organisaties verdelen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="393"/>
        <source>Checking small numbers before the plan is shown…</source>
        <translation>Kleine aantallen controleren voordat het plan wordt getoond…</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="421"/>
        <source>Hidden (x) in the steering group view: small numbers in the region.</source>
        <translation>Verborgen (x) in de stuurgroepweergave: kleine aantallen in de regio.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="427"/>
        <source>No training plan for this occupation: no advice and no organisation with figures.</source>
        <translation>Geen opleidingsplan voor deze functie: geen advies en geen organisatie met cijfers.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="431"/>
        <source>from the projection</source>
        <translation>uit de raming</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="431"/>
        <source>advice not available: using today's planned intake</source>
        <translation>advies niet beschikbaar: de huidige geplande instroom wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="433"/>
        <source>Regional intake advice: %1 places a year (%2). Planned: %3; training places now: %4; planned intake now: %5.</source>
        <translation>Regionaal instroomadvies: %1 plaatsen per jaar (%2). Gepland: %3; praktijkplaatsen nu: %4; geplande instroom nu: %5.</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="436"/>
        <source>Nobody has a weight under this rule: split by fte instead.</source>
        <translation>Niemand heeft een gewicht volgens deze regel: er wordt naar fte verdeeld.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/coordination_plan.py" line="439"/>
        <source>Short by %n place(s): the organisations' supervisors cannot take on the whole advice.</source>
        <translation>
            <numerusform>%n plaats tekort: de praktijkbegeleiders van de organisaties kunnen niet het hele advies opnemen.</numerusform>
            <numerusform>%n plaatsen tekort: de praktijkbegeleiders van de organisaties kunnen niet het hele advies opnemen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="106"/>
        <source>Fte</source>
        <translation>Fte</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="106"/>
        <source>Open fte</source>
        <translation>Open fte</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="106"/>
        <source>Counts</source>
        <translation>Telt mee</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="108"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="109"/>
        <source>Basis</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="110"/>
        <source>Share by rule</source>
        <translation>Aandeel volgens regel</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="111"/>
        <source>Supervisors</source>
        <translation>Praktijkbegeleiders</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="112"/>
        <source>Cap</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="113"/>
        <source>Planned places</source>
        <translation>Geplande plaatsen</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="114"/>
        <source>Training places now</source>
        <translation>Praktijkplaatsen nu</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="115"/>
        <source>Planned intake now</source>
        <translation>Geplande instroom nu</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="116"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="127"/>
        <source>Supervisors × places per supervisor: the most new trainees a year the organisation can take on</source>
        <translation>Praktijkbegeleiders × plaatsen per begeleider: het grootste aantal nieuwe leerlingen per jaar dat de organisatie kan opnemen</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="129"/>
        <source>New training places a year in the shared plan</source>
        <translation>Nieuwe praktijkplaatsen per jaar in het gezamenlijke plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="130"/>
        <source>The organisation's share under the chosen rule, before caps and rounding</source>
        <translation>Het aandeel van de organisatie volgens de gekozen regel, vóór maxima en afronding</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="143"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="154"/>
        <source>no supervisors</source>
        <translation>geen praktijkbegeleiders</translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination_plan.py" line="154"/>
        <source>at its cap</source>
        <translation>op het maximum</translation>
    </message>
</context>
<context>
    <name>ProjectionChart</name>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="259"/>
        <source>fte</source>
        <translation>fte</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="261"/>
        <source>gap (fte)</source>
        <translation>tekort (fte)</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="266"/>
        <source>Supply</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="267"/>
        <source>Demand</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="269"/>
        <source>Gap (shortage &gt; 0)</source>
        <translation>Verschil (tekort &gt; 0)</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="271"/>
        <source>Before the levers</source>
        <translation>Zonder de stuurknoppen</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="273"/>
        <source>Supply, 10-90% of draws</source>
        <translation>Aanbod, 10-90% van de trekkingen</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="274"/>
        <source>Demand, 10-90% of draws</source>
        <translation>Vraag, 10-90% van de trekkingen</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="282"/>
        <source>Supply: %1 fte</source>
        <translation>Aanbod: %1 fte</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="283"/>
        <source>Demand: %1 fte</source>
        <translation>Vraag: %1 fte</translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="285"/>
        <source>Gap: %1 fte</source>
        <translation>Verschil: %1 fte</translation>
    </message>
</context>
<context>
    <name>ProjectionPage</name>
    <message>
        <location filename="../ui/labels.py" line="42"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="43"/>
        <source>middle</source>
        <translation>midden</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="44"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="61"/>
        <source>basis (from the register)</source>
        <translation>basis (uit het register)</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="198"/>
        <source>Projection</source>
        <translation>Raming</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="201"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="202"/>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="203"/>
        <source>V&amp;ariant:</source>
        <translation>V&amp;ariant:</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="204"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="205"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="206"/>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="207"/>
        <source>Low, middle or high values of every parameter</source>
        <translation>Lage, middelste of hoge waarden van elke parameter</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="208"/>
        <source>Supply, demand and gap chart</source>
        <translation>Grafiek van aanbod, vraag en tekort</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="209"/>
        <location filename="../ui/pages/projection.py" line="257"/>
        <source>Open a register to see the projection.</source>
        <translation>Open een register om de raming te zien.</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="210"/>
        <source>Hover over the chart for the figures of a year; click to explain it.</source>
        <translation>Wijs de grafiek aan voor de cijfers van een jaar; klik om het toe te lichten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="258"/>
        <source>This register has no rounds yet, so there is nothing to project.</source>
        <translation>Dit register heeft nog geen rondes, dus er valt niets te ramen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="283"/>
        <location filename="../ui/pages/projection.py" line="455"/>
        <source>Reading the figures…</source>
        <translation>Cijfers inlezen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="313"/>
        <source>No occupation has staff in this round, so there is nothing to project.</source>
        <translation>Geen functie heeft personeel in deze ronde, dus er valt niets te ramen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="330"/>
        <source>Backtest: the projection from %1 for %2: %3 fte; recorded: %4 fte; %5.</source>
        <translation>Terugblik: de raming van %1 voor %2: %3 fte; gemeten: %4 fte; %5.</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="334"/>
        <source>Region: %1 a year, below the Capaciteitsorgaan's 0.2-0.9% a year (a smaller error).</source>
        <translation>Regio: %1 per jaar, onder de 0,2-0,9% per jaar van het Capaciteitsorgaan (een kleinere afwijking).</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="335"/>
        <source>Region: %1 a year, within the Capaciteitsorgaan's 0.2-0.9% a year.</source>
        <translation>Regio: %1 per jaar, binnen de 0,2-0,9% per jaar van het Capaciteitsorgaan.</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="336"/>
        <source>Region: %1 a year, above the Capaciteitsorgaan's 0.2-0.9% a year (a larger error).</source>
        <translation>Regio: %1 per jaar, boven de 0,2-0,9% per jaar van het Capaciteitsorgaan (een grotere afwijking).</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="398"/>
        <source>%1: scenario %2, %3 variant, reference date %4</source>
        <translation>%1: scenario %2, variant %3, peildatum %4</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="402"/>
        <source>fictitious figures</source>
        <translation>fictieve cijfers</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="408"/>
        <source>equilibrium %1</source>
        <translation>evenwicht %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="442"/>
        <source>%1: supply %2 fte, demand %3 fte, gap %4 fte</source>
        <translation>%1: aanbod %2 fte, vraag %3 fte, verschil %4 fte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Annuleren</translation>
    </message>
    <message>
        <source>Cancel the uncertainty band</source>
        <translation type="vanished">De onzekerheidsband annuleren</translation>
    </message>
    <message>
        <source>Compute band</source>
        <translation type="vanished">Band berekenen</translation>
    </message>
    <message>
        <source>Compute the 10-90% uncertainty band (Monte Carlo)</source>
        <translation type="vanished">De 10-90%-onzekerheidsband berekenen (Monte Carlo)</translation>
    </message>
    <message>
        <source>Progress of the uncertainty band</source>
        <translation type="vanished">Voortgang van de onzekerheidsband</translation>
    </message>
    <message>
        <source>E&amp;xplain year:</source>
        <translation type="vanished">Jaar toe&amp;lichten:</translation>
    </message>
    <message>
        <source>Year to explain</source>
        <translation type="vanished">Toe te lichten jaar</translation>
    </message>
    <message>
        <source>Or click a year in the chart</source>
        <translation type="vanished">Of klik op een jaar in de grafiek</translation>
    </message>
    <message>
        <source>Parts of supply and demand</source>
        <translation type="vanished">Onderdelen van aanbod en vraag</translation>
    </message>
    <message>
        <source>Gap per occupation and year</source>
        <translation type="vanished">Tekort per functie en jaar</translation>
    </message>
    <message>
        <source>What drives the advice</source>
        <translation type="vanished">Wat het advies bepaalt</translation>
    </message>
    <message>
        <source>Age structure today</source>
        <translation type="vanished">Leeftijdsopbouw nu</translation>
    </message>
    <message>
        <source>E&amp;quilibrium year:</source>
        <translation type="vanished">E&amp;venwichtsjaar:</translation>
    </message>
    <message>
        <source>Equilibrium year</source>
        <translation type="vanished">Evenwichtsjaar</translation>
    </message>
    <message>
        <source>Gap, all occupations</source>
        <translation type="vanished">Tekort, alle functies</translation>
    </message>
    <message>
        <source>Demand minus supply in fte; hover a cell for details</source>
        <translation type="vanished">Vraag min aanbod in fte; wijs een cel aan voor details</translation>
    </message>
    <message>
        <source>Not reachable by training before %1.</source>
        <translation type="vanished">Niet met opleiden te bereiken vóór %1.</translation>
    </message>
    <message>
        <source>Trainees per year each factor adds to (right) or takes from (left) the advice; together they make the advice of %1 per year.</source>
        <translation type="vanished">Leerlingen per jaar die elke factor aan het advies toevoegt (rechts) of ervan afhaalt (links); samen vormen ze het advies van %1 per jaar.</translation>
    </message>
    <message>
        <source>%1 persons on %2.</source>
        <translation type="vanished">%1 personen op %2.</translation>
    </message>
    <message>
        <source>Sex unknown: %1 (not in the chart).</source>
        <translation type="vanished">Geslacht onbekend: %1 (niet in de grafiek).</translation>
    </message>
    <message>
        <source>Hatched bars are hidden: fewer than %1 persons, or enough to work such a number out.</source>
        <translation type="vanished">Gearceerde staven zijn verborgen: minder dan %1 personen, of genoeg om zo'n aantal te herleiden.</translation>
    </message>
    <message>
        <source>Uncertainty band: %1 draws…</source>
        <translation type="vanished">Onzekerheidsband: %1 trekkingen…</translation>
    </message>
    <message>
        <source>Band: 10-90% of %1 draws</source>
        <translation type="vanished">Band: 10-90% van %1 trekkingen</translation>
    </message>
    <message>
        <source>The uncertainty band could not be computed: %1</source>
        <translation type="vanished">De onzekerheidsband kon niet worden berekend: %1</translation>
    </message>
    <message>
        <source>Uncertainty band cancelled</source>
        <translation type="vanished">Onzekerheidsband geannuleerd</translation>
    </message>
</context>
<context>
    <name>ProjectionTabs</name>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="134"/>
        <source>E&amp;xplain year:</source>
        <translation>Jaar toe&amp;lichten:</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="135"/>
        <source>Year to explain</source>
        <translation>Toe te lichten jaar</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="136"/>
        <source>Or click a year in the chart</source>
        <translation>Of klik op een jaar in de grafiek</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="137"/>
        <source>Parts of supply and demand</source>
        <translation>Onderdelen van aanbod en vraag</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="138"/>
        <source>Gap per occupation and year</source>
        <translation>Tekort per functie en jaar</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="139"/>
        <location filename="../ui/pages/projection_tabs.py" line="145"/>
        <source>What drives the advice</source>
        <translation>Wat het advies bepaalt</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="140"/>
        <location filename="../ui/pages/projection_tabs.py" line="146"/>
        <source>Age structure today</source>
        <translation>Leeftijdsopbouw nu</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="141"/>
        <source>E&amp;quilibrium year:</source>
        <translation>E&amp;venwichtsjaar:</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="142"/>
        <source>Equilibrium year</source>
        <translation>Evenwichtsjaar</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="143"/>
        <source>Explain a year</source>
        <translation>Jaar toelichten</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="144"/>
        <source>Gap, all occupations</source>
        <translation>Tekort, alle functies</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="147"/>
        <source>The parts of supply and demand of one year</source>
        <translation>De onderdelen van aanbod en vraag in één jaar</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="148"/>
        <source>Demand minus supply in fte; hover a cell for details</source>
        <translation>Vraag min aanbod in fte; wijs een cel aan voor details</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="212"/>
        <source>Not reachable by training before %1.</source>
        <translation>Niet met opleiden te bereiken vóór %1.</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="214"/>
        <source>Trainees per year each factor adds to (right) or takes from (left) the advice; together they make the advice of %1 per year.</source>
        <translation>Leerlingen per jaar die elke factor aan het advies toevoegt (rechts) of ervan afhaalt (links); samen vormen ze het advies van %1 per jaar.</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="240"/>
        <source>Hidden (x): the region's figures of this occupation are about too few persons or organisations to be shown.</source>
        <translation>Verborgen (x): de regionale cijfers van dit beroep gaan over te weinig personen of organisaties om te tonen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="246"/>
        <source>%1 persons on %2.</source>
        <translation>%1 personen op %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="249"/>
        <source>Sex unknown: %1 (not in the chart).</source>
        <translation>Geslacht onbekend: %1 (niet in de grafiek).</translation>
    </message>
    <message>
        <location filename="../ui/pages/projection_tabs.py" line="251"/>
        <source>Hatched bars are hidden: fewer than %1 persons, or enough to work such a number out.</source>
        <translation>Gearceerde staven zijn verborgen: minder dan %1 personen, of genoeg om zo'n aantal te herleiden.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/dialogs/qt_strings.py" line="15"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/qt_strings.py" line="16"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="42"/>
        <source>These figures are unusual. Save them anyway?</source>
        <translation>Deze cijfers zijn ongebruikelijk. Toch opslaan?</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="43"/>
        <source>Confirm figures</source>
        <translation>Cijfers bevestigen</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="45"/>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <location filename="../ui/pages/register_table.py" line="123"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_table.py" line="124"/>
        <source>No rows to show. Change the filters, or tick “Show rows without figures” to enter new figures.</source>
        <translation>Geen rijen om te tonen. Pas de filters aan, of vink “Rijen zonder cijfers tonen” aan om nieuwe cijfers in te voeren.</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_table.py" line="137"/>
        <source>Pasting works in the figure tables; edit this table cell by cell.</source>
        <translation>Plakken werkt in de cijfertabellen; wijzig deze tabel cel voor cel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/register_table.py" line="144"/>
        <source>paste %n cell(s)</source>
        <translation>
            <numerusform>%n cel plakken</numerusform>
            <numerusform>%n cellen plakken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/register_table.py" line="156"/>
        <source>clear %n cell(s)</source>
        <translation>
            <numerusform>%n cel wissen</numerusform>
            <numerusform>%n cellen wissen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/register_table.py" line="235"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_table.py" line="240"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_table.py" line="243"/>
        <source>C&amp;lear</source>
        <translation>&amp;Wissen</translation>
    </message>
</context>
<context>
    <name>RegisterTables</name>
    <message>
        <location filename="../ui/models/establishment.py" line="26"/>
        <location filename="../ui/models/flows.py" line="45"/>
        <location filename="../ui/models/sickness.py" line="21"/>
        <location filename="../ui/models/staffing.py" line="33"/>
        <location filename="../ui/models/training.py" line="25"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="27"/>
        <location filename="../ui/models/flows.py" line="46"/>
        <location filename="../ui/models/staffing.py" line="34"/>
        <location filename="../ui/models/training.py" line="26"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="28"/>
        <source>Establishment
fte</source>
        <translation>Formatie
fte</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="29"/>
        <source>Budgeted fte (formatie); empty = not given</source>
        <translation>Begrote fte (formatie); leeg = niet opgegeven</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="30"/>
        <source>Filled
fte</source>
        <translation>Bezette
fte</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="31"/>
        <source>Calculated: the fte of the staffing table</source>
        <translation>Berekend: de fte van de bezettingstabel</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="32"/>
        <source>Open
vacancies</source>
        <translation>Open
vacatures</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="33"/>
        <source>Open
fte</source>
        <translation>Open
fte</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="34"/>
        <source>Open 3+
months</source>
        <translation>3+ maanden
open</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="35"/>
        <source>Open vacancies open 3 months or longer</source>
        <translation>Open vacatures die 3 maanden of langer openstaan</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="36"/>
        <source>Difference
fte</source>
        <translation>Verschil
fte</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="37"/>
        <source>Calculated: establishment - (filled fte + open fte); should be 0</source>
        <translation>Berekend: formatie - (bezette fte + open fte); hoort 0 te zijn</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="83"/>
        <source>Establishment is not filled fte + open fte; check which figure is wrong</source>
        <translation>De formatie is niet gelijk aan bezette fte + open fte; controleer welk cijfer niet klopt</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="94"/>
        <source>edit establishment</source>
        <translation>formatie wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="95"/>
        <source>edit vacancies</source>
        <translation>vacatures wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/models/figures.py" line="92"/>
        <source>this round is closed (read-only)</source>
        <translation>deze ronde is afgesloten (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../ui/models/figures.py" line="94"/>
        <source>cannot be changed here (it names the row or is calculated)</source>
        <translation>kan hier niet worden gewijzigd (benoemt de rij of is berekend)</translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="34"/>
        <source>Joiners</source>
        <translation>Instroom</translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="35"/>
        <source>Leavers</source>
        <translation>Uitstroom</translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="49"/>
        <source>Joiners
total</source>
        <translation>Instroom
totaal</translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="53"/>
        <source>Leavers
total</source>
        <translation>Uitstroom
totaal</translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="55"/>
        <source>Persons at
start</source>
        <translation>Personen
bij begin</translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="56"/>
        <source>Persons in the previous round (or in this round when the previous round has none); leavers cannot exceed these plus the joiners</source>
        <translation>Personen in de vorige ronde (of in deze ronde als de vorige ronde er geen heeft); de uitstroom kan niet groter zijn dan dit aantal plus de instroom</translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="99"/>
        <source>edit joiners</source>
        <translation>instroom wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="100"/>
        <source>edit leavers</source>
        <translation>uitstroom wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="21"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="22"/>
        <source>Dutch name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="23"/>
        <source>English name</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="24"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="25"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="26"/>
        <source>Registration
required</source>
        <translation>Registratie
verplicht</translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="28"/>
        <location filename="../ui/models/training.py" line="27"/>
        <source>Training route</source>
        <translation>Opleidingsroute</translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="29"/>
        <source>Training
years</source>
        <translation>Opleidings-
jaren</translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="44"/>
        <location filename="../ui/models/organisations.py" line="40"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="45"/>
        <location filename="../ui/models/organisations.py" line="41"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../ui/models/organisations.py" line="19"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../ui/models/organisations.py" line="20"/>
        <location filename="../ui/models/sickness.py" line="22"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../ui/models/organisations.py" line="21"/>
        <location filename="../ui/models/sickness.py" line="23"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../ui/models/organisations.py" line="22"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../ui/models/organisations.py" line="23"/>
        <source>Inactive organisations keep their figures but get no new rows</source>
        <translation>Inactieve organisaties houden hun cijfers, maar krijgen geen nieuwe rijen</translation>
    </message>
    <message>
        <location filename="../ui/models/sickness.py" line="24"/>
        <source>Sickness absence
%</source>
        <translation>Verzuim
%</translation>
    </message>
    <message>
        <location filename="../ui/models/sickness.py" line="25"/>
        <source>Percentage of contracted hours lost to sickness; empty = not given</source>
        <translation>Percentage van de contracturen verloren door ziekte; leeg = niet opgegeven</translation>
    </message>
    <message>
        <location filename="../ui/models/sickness.py" line="56"/>
        <source>edit sickness absence</source>
        <translation>verzuim wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="27"/>
        <source>persons</source>
        <translation>personen</translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="28"/>
        <source>fte</source>
        <translation>fte</translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="35"/>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="41"/>
        <source>Total persons</source>
        <translation>Personen totaal</translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="42"/>
        <location filename="../ui/models/staffing.py" line="44"/>
        <source>Calculated: the sum over the age bands</source>
        <translation>Berekend: de som over de leeftijdsklassen</translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="43"/>
        <source>Total fte</source>
        <translation>Fte totaal</translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="45"/>
        <source>fte per person</source>
        <translation>fte per persoon</translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="46"/>
        <source>Calculated: total fte / total persons</source>
        <translation>Berekend: fte totaal / personen totaal</translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="103"/>
        <source>edit staffing</source>
        <translation>bezetting wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/models/table.py" line="291"/>
        <source>{row}, column “{column}”</source>
        <translation>{row}, kolom “{column}”</translation>
    </message>
    <message>
        <location filename="../ui/models/training.py" line="28"/>
        <source>In training
now</source>
        <translation>Nu in
opleiding</translation>
    </message>
    <message>
        <location filename="../ui/models/training.py" line="29"/>
        <source>Planned intake
next year</source>
        <translation>Geplande instroom
volgend jaar</translation>
    </message>
    <message>
        <location filename="../ui/models/training.py" line="30"/>
        <source>Training places
offered</source>
        <translation>Aangeboden
praktijkplaatsen</translation>
    </message>
    <message>
        <location filename="../ui/models/training.py" line="31"/>
        <source>Qualified
supervisors</source>
        <translation>Bevoegde
praktijkbegeleiders</translation>
    </message>
    <message>
        <location filename="../ui/models/training.py" line="67"/>
        <source>edit training</source>
        <translation>opleiding wijzigen</translation>
    </message>
</context>
<context>
    <name>RegisterTerms</name>
    <message>
        <location filename="../ui/labels.py" line="77"/>
        <source>MBO</source>
        <translation>mbo</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="78"/>
        <source>HBO</source>
        <translation>hbo</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="79"/>
        <source>WO</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="80"/>
        <source>post-master</source>
        <translation>postmaster</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="81"/>
        <source>medical specialist</source>
        <translation>medisch specialist</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="82"/>
        <location filename="../ui/labels.py" line="87"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="85"/>
        <source>SKJ</source>
        <translation>SKJ</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="86"/>
        <source>BIG</source>
        <translation>BIG</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="91"/>
        <source>MBO-4, BOL or BBL</source>
        <translation>mbo-4, bol of bbl</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="92"/>
        <source>HBO Social Work, youth profile (240 EC)</source>
        <translation>hbo Social Work, jeugdprofiel (240 EC)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="93"/>
        <source>HBO Social Work</source>
        <translation>hbo Social Work</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="94"/>
        <source>Bachelor and master</source>
        <translation>Bachelor en master</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="95"/>
        <source>Post-master OG (3,600 hours)</source>
        <translation>Postmaster OG (3.600 uur)</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="96"/>
        <source>Post-master GZ, subsidised place</source>
        <translation>Postmaster GZ, gesubsidieerde plaats</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="97"/>
        <source>Post-master K&amp;J</source>
        <translation>Postmaster K&amp;J</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="98"/>
        <source>Specialist training after GZ</source>
        <translation>Specialistenopleiding na GZ</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="99"/>
        <source>Specialist training after medical school</source>
        <translation>Specialistenopleiding na geneeskunde</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="100"/>
        <source>HBO arts or psychomotor therapy</source>
        <translation>hbo vaktherapie of psychomotorische therapie</translation>
    </message>
    <message>
        <location filename="../ui/labels.py" line="101"/>
        <source>None required</source>
        <translation>Geen vereist</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../ui/actions_backup.py" line="116"/>
        <source>Restore from backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="131"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="133"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Ander bestand…</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="136"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="147"/>
        <source>Backups of %1 (the newest %2 are kept in %3). The backup is checked first, and the register as it is now is backed up before it is replaced.</source>
        <translation>Reservekopieën van %1 (de nieuwste %2 worden bewaard in %3). De reservekopie wordt eerst gecontroleerd, en van het register zoals het nu is wordt een reservekopie gemaakt voordat het wordt vervangen.</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="150"/>
        <source>There are no backups of %1 yet. Choose another backup file with “Other file”.</source>
        <translation>Er zijn nog geen reservekopieën van %1. Kies een ander bestand met „Ander bestand”.</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="171"/>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="172"/>
        <source>hrplanner registers (*%1);;All files (*)</source>
        <translation>hrplanner-registers (*%1);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="153"/>
        <source>Add round</source>
        <translation>Ronde toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="162"/>
        <source>e.g. Reference date 31-12-2026</source>
        <translation>bijv. Peildatum 31-12-2026</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="165"/>
        <source>Reference &amp;date:</source>
        <translation>&amp;Peildatum:</translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="166"/>
        <source>&amp;Label:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
</context>
<context>
    <name>RoundSelector</name>
    <message>
        <location filename="../ui/round_selector.py" line="52"/>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <location filename="../ui/round_selector.py" line="53"/>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location filename="../ui/round_selector.py" line="54"/>
        <source>The round (reference date) the pages show</source>
        <translation>De ronde (peildatum) die de pagina's tonen</translation>
    </message>
    <message>
        <location filename="../ui/round_selector.py" line="64"/>
        <source>%1 (closed)</source>
        <translation>%1 (afgesloten)</translation>
    </message>
</context>
<context>
    <name>RoundStatusModel</name>
    <message>
        <location filename="../ui/models/rounds.py" line="26"/>
        <source>not started</source>
        <translation>niet begonnen</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="27"/>
        <source>template sent</source>
        <translation>uitvraag verstuurd</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="28"/>
        <source>figures received</source>
        <translation>cijfers ontvangen</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="29"/>
        <source>checked with warnings</source>
        <translation>gecontroleerd, met waarschuwingen</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="30"/>
        <source>accepted</source>
        <translation>geaccepteerd</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="41"/>
        <source>Staffing</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="42"/>
        <source>Establishment and vacancies</source>
        <translation>Formatie en vacatures</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="43"/>
        <source>Inflow and outflow</source>
        <translation>In- en uitstroom</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="44"/>
        <location filename="../ui/models/rounds.py" line="52"/>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="45"/>
        <location filename="../ui/models/rounds.py" line="53"/>
        <source>Absence</source>
        <translation>Verzuim</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="49"/>
        <source>Staff</source>
        <translation>Bezetting</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="50"/>
        <source>Vacancies</source>
        <translation>Vacatures</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="51"/>
        <source>Flows</source>
        <translation>Stromen</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="79"/>
        <source>accepted %1 by %2</source>
        <translation>geaccepteerd %1 door %2</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="82"/>
        <source>before status tracking</source>
        <translation>van voor de statusregistratie</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="83"/>
        <source>by template</source>
        <translation>via uitvraagbestand</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="83"/>
        <source>in the app</source>
        <translation>in de app</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="84"/>
        <source>%1 by %2, %3</source>
        <translation>%1 door %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="87"/>
        <source>sent %1 by %2</source>
        <translation>verstuurd %1 door %2</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="97"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="99"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="101"/>
        <source>When and by whom</source>
        <translation>Wanneer en door wie</translation>
    </message>
    <message>
        <location filename="../ui/models/rounds.py" line="152"/>
        <source>No figures yet: last round's persons, counted for the region's coverage</source>
        <translation>Nog geen cijfers: de personen van de vorige ronde, meegeteld voor de dekking van de regio</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <location filename="../ui/pages/rounds.py" line="103"/>
        <location filename="../ui/pages/rounds.py" line="141"/>
        <source>Rounds</source>
        <translation>Rondes</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="109"/>
        <source>&amp;Accept figures</source>
        <translation>Cijfers &amp;accepteren</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="110"/>
        <source>Accept the selected organisation's figures as they are now</source>
        <translation>De cijfers van de gekozen organisatie accepteren zoals ze nu zijn</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="111"/>
        <source>&amp;Open a new round…</source>
        <translation>Nieuwe ronde &amp;openen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="112"/>
        <source>&amp;Close this round…</source>
        <translation>Deze ronde &amp;sluiten…</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="113"/>
        <source>Templates written with File &gt; Collection templates count as sent; imports and edits count as received. Figures changed after acceptance must be accepted again. Each organisation gets its own report with File &gt; Feedback reports.</source>
        <translation>Uitvraagbestanden gemaakt met Bestand &gt; Uitvraagbestanden tellen als verstuurd; imports en wijzigingen als ontvangen. Cijfers die na acceptatie veranderen, moeten opnieuw worden geaccepteerd. Elke organisatie krijgt haar eigen rapport met Bestand &gt; Terugkoppelrapporten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="142"/>
        <source>This register has no rounds yet. Open one to collect figures.</source>
        <translation>Dit register heeft nog geen rondes. Open er een om cijfers te verzamelen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="147"/>
        <source>Round %1 (closed: read-only)</source>
        <translation>Ronde %1 (gesloten: alleen lezen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="147"/>
        <source>Round %1 (open)</source>
        <translation>Ronde %1 (open)</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="150"/>
        <source>%1 of %2 organisations delivered figures. They cover %3 of the region's %4 persons (%5).</source>
        <translation>%1 van de %2 organisaties hebben cijfers aangeleverd. Die dekken %3 van de %4 personen in de regio (%5).</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="156"/>
        <source>For the organisations without figures, last round's %1 persons are carried over (in brackets).</source>
        <translation>Voor de organisaties zonder cijfers tellen de %1 personen van de vorige ronde mee (tussen haakjes).</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="159"/>
        <source>Fictitious figures.</source>
        <translation>Fictieve cijfers.</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="162"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 van %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="164"/>
        <source>Missing: %1</source>
        <translation>Ontbreekt nog: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="165"/>
        <source>Every organisation has delivered.</source>
        <translation>Alle organisaties hebben aangeleverd.</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="191"/>
        <source>Accept figures</source>
        <translation>Cijfers accepteren</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="213"/>
        <source>Open a new round</source>
        <translation>Nieuwe ronde openen</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="221"/>
        <source>Close round %1? Its figures become read-only; %2 of %3 organisations have delivered.</source>
        <translation>Ronde %1 sluiten? De cijfers worden dan alleen-lezen; %2 van de %3 organisaties hebben aangeleverd.</translation>
    </message>
    <message>
        <location filename="../ui/pages/rounds.py" line="224"/>
        <location filename="../ui/pages/rounds.py" line="229"/>
        <source>Close this round</source>
        <translation>Deze ronde sluiten</translation>
    </message>
</context>
<context>
    <name>SafeOpen</name>
    <message>
        <location filename="../ui/safe_open.py" line="103"/>
        <source>%1 is being edited by %2 on %3 since %4, so it is open read-only here. You can make changes once it is closed there.</source>
        <translation>%1 wordt bewerkt door %2 op %3 sinds %4, en is hier daarom alleen-lezen geopend. U kunt wijzigen zodra het daar gesloten is.</translation>
    </message>
    <message>
        <location filename="../ui/safe_open.py" line="106"/>
        <source>%1 is open read-only: %2</source>
        <translation>%1 is alleen-lezen geopend: %2</translation>
    </message>
    <message>
        <location filename="../ui/safe_open.py" line="108"/>
        <source>%1 is on a network drive (%2). SQLite's locking is unreliable there; copy the file to a local disk to work on it.</source>
        <translation>%1 staat op een netwerkschijf (%2). De vergrendeling van SQLite is daar onbetrouwbaar; kopieer het bestand naar een lokale schijf om ermee te werken.</translation>
    </message>
    <message>
        <location filename="../ui/safe_open.py" line="111"/>
        <source>%1 is on a removable drive (%2). SQLite's locking is unreliable there; copy the file to a local disk to work on it.</source>
        <translation>%1 staat op een verwisselbare schijf (%2). De vergrendeling van SQLite is daar onbetrouwbaar; kopieer het bestand naar een lokale schijf om ermee te werken.</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <location filename="../ui/commands/scenarios.py" line="30"/>
        <source>edit %1</source>
        <translation>%1 wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/commands/scenarios.py" line="43"/>
        <source>edit the description of %1</source>
        <translation>de beschrijving van %1 wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/commands/scenarios.py" line="55"/>
        <source>rename %1 to %2</source>
        <translation>%1 hernoemen tot %2</translation>
    </message>
    <message>
        <location filename="../ui/commands/scenarios.py" line="79"/>
        <source>create scenario %1</source>
        <translation>scenario %1 maken</translation>
    </message>
    <message>
        <location filename="../ui/commands/scenarios.py" line="106"/>
        <source>delete scenario %1</source>
        <translation>scenario %1 verwijderen</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="vanished">Kon niet %1: %2</translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <location filename="../ui/models/scenario_list.py" line="43"/>
        <source>basis (from the register)</source>
        <translation>basis (uit het register)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/scenario_list.py" line="45"/>
        <source>%1 (%Ln change(s))</source>
        <translation>
            <numerusform>%1 (%Ln wijziging)</numerusform>
            <numerusform>%1 (%Ln wijzigingen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_list.py" line="49"/>
        <source>Derived from the register; copy it to change.</source>
        <translation>Afgeleid uit het register; kopieer het om te wijzigen.</translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_list.py" line="54"/>
        <source>Changed %1</source>
        <translation>Gewijzigd %1</translation>
    </message>
    <message>
        <source>%1 (%2 changes)</source>
        <translation type="vanished">%1 (%2 wijzigingen)</translation>
    </message>
</context>
<context>
    <name>ScenarioListSection</name>
    <message>
        <location filename="../ui/pages/scenarios_list.py" line="76"/>
        <source>S&amp;cenarios</source>
        <translation>S&amp;cenario's</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_list.py" line="77"/>
        <source>Scenarios</source>
        <translation>Scenario's</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_list.py" line="78"/>
        <source>Cop&amp;y…</source>
        <translation>&amp;Kopiëren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_list.py" line="79"/>
        <source>A new scenario with the same parameters</source>
        <translation>Een nieuw scenario met dezelfde parameters</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_list.py" line="80"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_list.py" line="81"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_list.py" line="82"/>
        <source>Derived from the register; copy it to change.</source>
        <translation>Afgeleid uit het register; kopieer het om te wijzigen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_list.py" line="83"/>
        <source>Descri&amp;ption:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_list.py" line="84"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios_list.py" line="85"/>
        <source>Save descr&amp;iption</source>
        <translation>Beschrijving &amp;opslaan</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <location filename="../ui/pages/scenarios.py" line="154"/>
        <source>Scenarios</source>
        <translation>Scenario's</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="157"/>
        <source>&amp;Occupation:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="158"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="159"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="160"/>
        <source>Levers</source>
        <translation>Stuurknoppen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="161"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="162"/>
        <location filename="../ui/pages/scenarios.py" line="209"/>
        <source>Open a register to work with scenarios.</source>
        <translation>Open een register om met scenario's te werken.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="210"/>
        <source>This register has no rounds yet, so there are no scenarios.</source>
        <translation>Dit register heeft nog geen rondes, dus er zijn geen scenario's.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="215"/>
        <source>Reading the figures…</source>
        <translation>Cijfers inlezen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="266"/>
        <source>Scenario %1 has an invalid parameter: %2</source>
        <translation>Scenario %1 heeft een ongeldige parameter: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="275"/>
        <source>Scenario %1, from the round of %2</source>
        <translation>Scenario %1, uit de ronde van %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="355"/>
        <source>Scenario not changed</source>
        <translation>Scenario niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="378"/>
        <source>Copy of %1</source>
        <translation>Kopie van %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="379"/>
        <source>Copy scenario</source>
        <translation>Scenario kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="379"/>
        <source>Name of the new scenario:</source>
        <translation>Naam van het nieuwe scenario:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="394"/>
        <source>Rename scenario</source>
        <translation>Scenario hernoemen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="394"/>
        <source>New name of %1:</source>
        <translation>Nieuwe naam van %1:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="407"/>
        <source>Delete scenario %1?</source>
        <translation>Scenario %1 verwijderen?</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="408"/>
        <source>Delete scenario</source>
        <translation>Scenario verwijderen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="409"/>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation>U kunt dit ongedaan maken met Bewerken &gt; Ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="410"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>S&amp;cenarios</source>
        <translation type="vanished">S&amp;cenario's</translation>
    </message>
    <message>
        <source>Cop&amp;y…</source>
        <translation type="vanished">&amp;Kopiëren…</translation>
    </message>
    <message>
        <source>A new scenario with the same parameters</source>
        <translation type="vanished">Een nieuw scenario met dezelfde parameters</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="vanished">&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Derived from the register; copy it to change.</source>
        <translation type="vanished">Afgeleid uit het register; kopieer het om te wijzigen.</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="vanished">&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Beschrijving</translation>
    </message>
    <message>
        <source>Save descr&amp;iption</source>
        <translation type="vanished">Beschrijving &amp;opslaan</translation>
    </message>
    <message>
        <source>Reset to re&amp;gister</source>
        <translation type="vanished">Terug naar het re&amp;gister</translation>
    </message>
    <message>
        <source>The selected parameters follow the register again</source>
        <translation type="vanished">De gekozen parameters volgen weer het register</translation>
    </message>
    <message>
        <source>Only changed parameters</source>
        <translation type="vanished">Alleen gewijzigde parameters</translation>
    </message>
    <message>
        <source>V&amp;ariant:</source>
        <translation type="vanished">V&amp;ariant:</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="vanished">Variant</translation>
    </message>
    <message>
        <source>Projection with the levers</source>
        <translation type="vanished">Raming met de stuurknoppen</translation>
    </message>
    <message>
        <source>Reset &amp;levers</source>
        <translation type="vanished">Stuurknoppen &amp;terugzetten</translation>
    </message>
    <message>
        <source>&amp;Save levers to scenario</source>
        <translation type="vanished">Stuurknoppen in scenario &amp;opslaan</translation>
    </message>
    <message>
        <source>Save as ne&amp;w scenario…</source>
        <translation type="vanished">Opslaan als &amp;nieuw scenario…</translation>
    </message>
    <message>
        <source>Scenario without levers</source>
        <translation type="vanished">Scenario zonder stuurknoppen</translation>
    </message>
    <message>
        <source>Scenario &amp;A:</source>
        <translation type="vanished">Scenario &amp;A:</translation>
    </message>
    <message>
        <source>Scenario &amp;B:</source>
        <translation type="vanished">Scenario &amp;B:</translation>
    </message>
    <message>
        <source>Scenario A</source>
        <translation type="vanished">Scenario A</translation>
    </message>
    <message>
        <source>Scenario B</source>
        <translation type="vanished">Scenario B</translation>
    </message>
    <message>
        <source>Parameters that differ</source>
        <translation type="vanished">Parameters die verschillen</translation>
    </message>
    <message>
        <source>Intake advice in A and B</source>
        <translation type="vanished">Instroomadvies in A en B</translation>
    </message>
    <message>
        <source>Gap in A and B</source>
        <translation type="vanished">Tekort in A en B</translation>
    </message>
    <message>
        <source>The basis is derived from the register and cannot be changed; copy it to change parameters.</source>
        <translation type="vanished">De basis is afgeleid uit het register en kan niet worden gewijzigd; kopieer het om parameters te wijzigen.</translation>
    </message>
    <message>
        <source>The register is open read-only.</source>
        <translation type="vanished">Het register is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>Double-click a low, middle or high value to change it. Changed values are highlighted.</source>
        <translation type="vanished">Dubbelklik op een lage, middelste of hoge waarde om die te wijzigen. Gewijzigde waarden zijn gemarkeerd.</translation>
    </message>
    <message>
        <source>%1 of %2 parameters differ from the register</source>
        <translation type="vanished">%1 van %2 parameters wijken af van het register</translation>
    </message>
    <message>
        <source>The basis cannot be changed; save the levers as a new scenario</source>
        <translation type="vanished">De basis kan niet worden gewijzigd; sla de stuurknoppen op als nieuw scenario</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation type="vanished">%1 wijzigen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="vanished">Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>reset %1 to the register</source>
        <translation type="vanished">%1 terugzetten naar het register</translation>
    </message>
    <message>
        <source>save levers</source>
        <translation type="vanished">stuurknoppen opslaan</translation>
    </message>
    <message>
        <source>Save as new scenario</source>
        <translation type="vanished">Opslaan als nieuw scenario</translation>
    </message>
    <message>
        <source>%1 with levers</source>
        <translation type="vanished">%1 met stuurknoppen</translation>
    </message>
    <message>
        <source>save levers as scenario %1</source>
        <translation type="vanished">stuurknoppen opslaan als scenario %1</translation>
    </message>
    <message>
        <source>A and B are the same scenario.</source>
        <translation type="vanished">A en B zijn hetzelfde scenario.</translation>
    </message>
    <message>
        <source>The two scenarios have the same parameters.</source>
        <translation type="vanished">De twee scenario's hebben dezelfde parameters.</translation>
    </message>
    <message>
        <source>%1 parameters differ in %2 occupations; highlighted advice differs.</source>
        <translation type="vanished">%1 parameters verschillen in %2 functies; gemarkeerd advies verschilt.</translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <location filename="../ui/actions_server.py" line="42"/>
        <source>Connect to &amp;server…</source>
        <translation>Verbinden met &amp;server…</translation>
    </message>
    <message>
        <location filename="../ui/actions_server.py" line="43"/>
        <source>Open a shared register on a PostgreSQL server</source>
        <translation>Een gedeeld register op een PostgreSQL-server openen</translation>
    </message>
    <message>
        <location filename="../ui/actions_server.py" line="58"/>
        <source>kept in the keyring</source>
        <translation>bewaard in de sleutelbos</translation>
    </message>
    <message>
        <location filename="../ui/actions_server.py" line="65"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <location filename="../ui/actions_server.py" line="86"/>
        <source>coordinator</source>
        <translation>coördinator</translation>
    </message>
    <message>
        <location filename="../ui/actions_server.py" line="86"/>
        <source>HR lead</source>
        <translation>HR-verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../ui/actions_server.py" line="87"/>
        <source>steering group</source>
        <translation>stuurgroep</translation>
    </message>
    <message>
        <location filename="../ui/actions_server.py" line="87"/>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <location filename="../ui/actions_server.py" line="89"/>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>Verbonden met %1 als %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ServerPublisher</name>
    <message>
        <location filename="../ui/server_publisher.py" line="52"/>
        <source>Published the round's figures for the steering group</source>
        <translation>De cijfers van de ronde zijn gepubliceerd voor de stuurgroep</translation>
    </message>
    <message>
        <location filename="../ui/server_publisher.py" line="55"/>
        <source>The figures were not published for the steering group: %1</source>
        <translation>De cijfers zijn niet gepubliceerd voor de stuurgroep: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="36"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="44"/>
        <source>e.g. J. de Vries, HR Twente</source>
        <translation>bijv. J. de Vries, HR Twente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="50"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="50"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="51"/>
        <source>Your &amp;name (audit log):</source>
        <translation>Uw &amp;naam (logboek):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="51"/>
        <source>Your name for the audit log</source>
        <translation>Uw naam voor het logboek</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="52"/>
        <source>&amp;Hide cells of fewer than (persons):</source>
        <translation>&amp;Cellen verbergen onder (personen):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="53"/>
        <source>Small-number threshold</source>
        <translation>Drempel voor kleine aantallen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="54"/>
        <source>&amp;Backups to keep per register:</source>
        <translation>&amp;Reservekopieën per register bewaren:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="54"/>
        <source>Backups to keep</source>
        <translation>Te bewaren reservekopieën</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="55"/>
        <source>&amp;Monte Carlo draws:</source>
        <translation>&amp;Monte Carlo-trekkingen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="55"/>
        <source>Monte Carlo draws</source>
        <translation>Monte Carlo-trekkingen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="60"/>
        <source>In exports and shared views, a cell built from fewer persons than this is hidden.</source>
        <translation>In exports en gedeelde overzichten wordt een cel die op minder personen dan dit is gebaseerd, verborgen.</translation>
    </message>
</context>
<context>
    <name>SharedFiguresPage</name>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="114"/>
        <location filename="../ui/pages/shared_figures.py" line="148"/>
        <source>Shared figures</source>
        <translation>Gedeelde cijfers</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="121"/>
        <source>Enter your figures…</source>
        <translation>Uw cijfers invoeren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="152"/>
        <source>Round %1. Published figures pass the disclosure layer: every figure about too few persons or organisations, and every figure from which one could be worked out, shows x.</source>
        <translation>Ronde %1. Gepubliceerde cijfers gaan door de privacylaag: elk cijfer over te weinig personen of organisaties, en elk cijfer waaruit zo'n cijfer terug te rekenen is, toont x.</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="159"/>
        <source>Published %1 (UTC) by %2.</source>
        <translation>Gepubliceerd op %1 (UTC) door %2.</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="161"/>
        <source>Nothing is published for this round yet; the coordinator publishes it.</source>
        <translation>Voor deze peildatum is nog niets gepubliceerd; de coördinator publiceert het.</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="172"/>
        <source>%1 and the region</source>
        <translation>%1 en de regio</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="190"/>
        <location filename="../ui/pages/shared_figures.py" line="212"/>
        <source>All occupations</source>
        <translation>Alle functies</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="195"/>
        <location filename="../ui/pages/shared_figures.py" line="214"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="195"/>
        <source>Your persons</source>
        <translation>Uw personen</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="195"/>
        <source>Your fte</source>
        <translation>Uw fte</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="196"/>
        <source>Your open vacancies</source>
        <translation>Uw open vacatures</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="196"/>
        <source>Region persons</source>
        <translation>Regio personen</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="196"/>
        <source>Region fte</source>
        <translation>Regio fte</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="197"/>
        <source>Region open vacancies</source>
        <translation>Regio open vacatures</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="202"/>
        <source>Published figures of the region</source>
        <translation>Gepubliceerde cijfers van de regio</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="210"/>
        <source>Kind: %1 (together)</source>
        <translation>Soort: %1 (samen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="211"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="214"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="214"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="214"/>
        <source>Fte</source>
        <translation>Fte</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="215"/>
        <source>Open vacancies</source>
        <translation>Open vacatures</translation>
    </message>
    <message>
        <location filename="../ui/pages/shared_figures.py" line="215"/>
        <source>Open fte</source>
        <translation>Open fte</translation>
    </message>
    <message>
        <source>Round %1. Published figures hide counts of fewer than 5 persons (shown as &lt;5) and figures that would give such a count away (shown as •).</source>
        <translation type="vanished">Peildatum %1. Gepubliceerde cijfers verbergen aantallen van minder dan 5 personen (getoond als &lt;5) en cijfers waaruit zo'n aantal af te leiden is (getoond als •).</translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="166"/>
        <source>Region (all occupations)</source>
        <translation>Regio (alle functies)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="183"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="239"/>
        <source>Checking small numbers before the figure is shown…</source>
        <translation>Kleine aantallen controleren voordat het cijfer wordt getoond…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="241"/>
        <source>Hidden (x): small numbers, or a figure from which a hidden one could be worked out</source>
        <translation>Verborgen (x): kleine aantallen, of een cijfer waaruit een verborgen cijfer terug te rekenen zou zijn</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview_figures.py" line="249"/>
        <location filename="../ui/pages/overview_figures.py" line="258"/>
        <location filename="../ui/pages/overview_figures.py" line="260"/>
        <source>Previous round (%1): %2 (%3)</source>
        <translation>Vorige ronde (%1): %2 (%3)</translation>
    </message>
</context>
<context>
    <name>TensionLegend</name>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="345"/>
        <source>Tension:</source>
        <translation>Spanning:</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="353"/>
        <source>hidden: %1</source>
        <translation>verborgen: %1</translation>
    </message>
    <message>
        <source>hidden: %1 or %2</source>
        <translation type="vanished">verborgen: %1 of %2</translation>
    </message>
</context>
<context>
    <name>TensionMatrixModel</name>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="253"/>
        <source>%1 has no staff in %2</source>
        <translation>%1 heeft geen personeel in %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="272"/>
        <source>Hidden in the steering view: fewer than %1 persons, or a cell that would reveal such a cell through the totals</source>
        <translation>Verborgen in het stuurgroepoverzicht: minder dan %1 personen, of een cel die zo'n cel via de totalen zou verraden</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="277"/>
        <source>Tension: %1</source>
        <translation>Spanning: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="278"/>
        <source>Vacancy rate: %1</source>
        <translation>Vacaturegraad: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="279"/>
        <source>Open 3+ months: %1</source>
        <translation>3+ maanden open: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="280"/>
        <source>Persons: %1, fte: %2</source>
        <translation>Personen: %1, fte: %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="283"/>
        <source>Aged 55+: %1</source>
        <translation>Aandeel 55+: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="286"/>
        <source>Change in tension since the previous round: %1</source>
        <translation>Verandering van de spanning sinds de vorige ronde: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="287"/>
        <source>Tension = vacancy rate × (1 + share open 3+ months)</source>
        <translation>Spanning = vacaturegraad × (1 + aandeel 3+ maanden open)</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="289"/>
        <source>Fictitious figures (demo region)</source>
        <translation>Fictieve cijfers (demoregio)</translation>
    </message>
</context>
<context>
    <name>TrainingEffortChart</name>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="101"/>
        <source>region %1</source>
        <translation>regio %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="112"/>
        <source>share of the region's hires of newly qualified people</source>
        <translation>aandeel in de aanname van pas gediplomeerden in de regio</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="113"/>
        <source>trainees per 100 fte</source>
        <translation>leerlingen per 100 fte</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="116"/>
        <source>Who trains, who hires: one point per organisation</source>
        <translation>Wie leidt op, wie neemt aan: één punt per organisatie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/coordination_training.py" line="118"/>
        <source>%n organisation(s) left out: small numbers</source>
        <translation>
            <numerusform>%n organisatie weggelaten: kleine aantallen</numerusform>
            <numerusform>%n organisaties weggelaten: kleine aantallen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="120"/>
        <source>Fictitious figures (demo region)</source>
        <translation>Fictieve cijfers (demoregio)</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="146"/>
        <source>Trainees per 100 fte: %1</source>
        <translation>Leerlingen per 100 fte: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="147"/>
        <source>Share of the region's trainees: %1</source>
        <translation>Aandeel in de leerlingen van de regio: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="148"/>
        <source>Share of the region's hires of newly qualified: %1</source>
        <translation>Aandeel in de aanname van pas gediplomeerden in de regio: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="153"/>
        <source>trains more than it hires</source>
        <translation>leidt meer op dan het aanneemt</translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="155"/>
        <source>hires more than it trains</source>
        <translation>neemt meer aan dan het opleidt</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <location filename="../ui/dialogs/user_name.py" line="28"/>
        <source>Your name in the audit log</source>
        <translation>Uw naam in het wijzigingslog</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/user_name.py" line="29"/>
        <source>The audit log records who made each change. Which name should it record for your changes? (You can change it later under Edit &gt; Settings.)</source>
        <translation>Het wijzigingslog legt vast wie elke wijziging maakte. Welke naam moet het bij uw wijzigingen vastleggen? (U kunt dit later wijzigen onder Bewerken &gt; Instellingen.)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="115"/>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <location filename="../ui/app.py" line="123"/>
        <source>Preparing the demo register (fictitious figures)…</source>
        <translation>Demoregister wordt klaargezet (fictieve cijfers)…</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <location filename="../ui/clipboard.py" line="80"/>
        <source>The clipboard holds no cells</source>
        <translation>Het klembord bevat geen cellen</translation>
    </message>
    <message>
        <location filename="../ui/clipboard.py" line="91"/>
        <source>There is no cell to paste into</source>
        <translation>Er is geen cel om in te plakken</translation>
    </message>
    <message>
        <location filename="../ui/clipboard.py" line="95"/>
        <source>The pasted block (%1 rows x %2 columns) does not fit: from the current cell there are %3 rows and %4 columns</source>
        <translation>Het geplakte blok (%1 rijen x %2 kolommen) past niet: vanaf de huidige cel zijn er %3 rijen en %4 kolommen</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message numerus="yes">
        <location filename="../ui/commands/base.py" line="51"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commands/base.py" line="66"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/base.py" line="70"/>
        <source>No register is open</source>
        <translation>Er is geen register geopend</translation>
    </message>
    <message>
        <location filename="../ui/commands/base.py" line="109"/>
        <source>Could not redo “%1”: %2</source>
        <translation>Kon “%1” niet opnieuw uitvoeren: %2</translation>
    </message>
    <message>
        <location filename="../ui/commands/base.py" line="113"/>
        <source>Could not undo “%1”: %2</source>
        <translation>Kon “%1” niet ongedaan maken: %2</translation>
    </message>
    <message>
        <location filename="../ui/commands/register.py" line="59"/>
        <source>Not saved (not confirmed): %1</source>
        <translation>Niet opgeslagen (niet bevestigd): %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/register.py" line="78"/>
        <source>add organisation</source>
        <translation>organisatie toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/commands/register.py" line="97"/>
        <source>reactivate organisation</source>
        <translation>organisatie weer actief maken</translation>
    </message>
    <message>
        <location filename="../ui/commands/register.py" line="99"/>
        <source>deactivate organisation</source>
        <translation>organisatie op inactief zetten</translation>
    </message>
    <message>
        <location filename="../ui/commands/register.py" line="101"/>
        <source>rename organisation</source>
        <translation>organisatie hernoemen</translation>
    </message>
    <message>
        <location filename="../ui/commands/register.py" line="103"/>
        <source>edit organisation</source>
        <translation>organisatie wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/commands/register.py" line="124"/>
        <source>add occupation</source>
        <translation>functie toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/commands/register.py" line="139"/>
        <source>edit occupation</source>
        <translation>functie wijzigen</translation>
    </message>
    <message>
        <location filename="../ui/commands/register.py" line="157"/>
        <source>add round</source>
        <translation>ronde toevoegen</translation>
    </message>
    <message>
        <location filename="../ui/commands/register.py" line="184"/>
        <source>close round</source>
        <translation>ronde afsluiten</translation>
    </message>
    <message>
        <location filename="../ui/commands/register.py" line="185"/>
        <source>reopen round</source>
        <translation>ronde heropenen</translation>
    </message>
    <message>
        <location filename="../ui/commands/rounds.py" line="21"/>
        <source>accept figures</source>
        <translation>cijfers accepteren</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../ui/format.py" line="83"/>
        <source>pp</source>
        <comment>percentage points, abbreviated</comment>
        <translation>%-punt</translation>
    </message>
</context>
<context>
    <name>levers</name>
    <message>
        <location filename="../ui/levers.py" line="31"/>
        <source>Intake in training, total (per year)</source>
        <translation>Instroom in opleiding, totaal (per jaar)</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="32"/>
        <source>Graduate retention</source>
        <translation>Extern rendement</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="33"/>
        <source>Fte per person</source>
        <translation>Fte per persoon</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="34"/>
        <source>Outflow of today's staff</source>
        <translation>Uitstroom van het huidige personeel</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="35"/>
        <source>Other inflow (per year)</source>
        <translation>Overige instroom (per jaar)</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="36"/>
        <source>Unmet demand today</source>
        <translation>Onvervulde vraag nu</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="37"/>
        <source>Demography</source>
        <translation>Demografie</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="38"/>
        <source>Trend: epidemiology</source>
        <translation>Trend: epidemiologie</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="39"/>
        <source>Trend: socio-cultural</source>
        <translation>Trend: sociaal-cultureel</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="40"/>
        <source>Trend: professional</source>
        <translation>Trend: vakinhoudelijk</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="41"/>
        <source>Trend: efficiency</source>
        <translation>Trend: efficiency</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="42"/>
        <source>Trend: horizontal substitution</source>
        <translation>Trend: horizontale substitutie</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="43"/>
        <source>Trend: vertical substitution</source>
        <translation>Trend: verticale substitutie</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="44"/>
        <source>Trend: working time</source>
        <translation>Trend: arbeidstijd</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="53"/>
        <source>Trainees starting per year from the adjustment year on</source>
        <translation>Leerlingen die per jaar beginnen, vanaf het bijsturingsjaar</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="55"/>
        <source>Lateral entrants per year (other regions, other sectors)</source>
        <translation>Zij-instromers per jaar (andere regio's, andere sectoren)</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="57"/>
        <source>Open vacancies as a share of the filled fte in the base year</source>
        <translation>Open vacatures als aandeel van de bezette fte in het basisjaar</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="59"/>
        <source>Yearly change of demand until the trend year</source>
        <translation>Jaarlijkse verandering van de vraag tot het trendjaar</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="61"/>
        <source>100% = as in the scenario</source>
        <translation>100% = zoals in het scenario</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="184"/>
        <source>Back to the scenario's value</source>
        <translation>Terug naar de waarde van het scenario</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="186"/>
        <source>Reset %1</source>
        <translation>%1 terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="239"/>
        <source>Levers</source>
        <translation>Stuurknoppen</translation>
    </message>
    <message>
        <source>Lever intake (per year)</source>
        <translation type="vanished">Extra instroom in opleiding (per jaar)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../ui/dialogs/messages.py" line="52"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messages.py" line="53"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
</TS>
