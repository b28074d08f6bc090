<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="23"/>
        <source>About hrplanner</source>
        <translation>Over hrplanner</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="28"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="28"/>
        <source>none open</source>
        <translation>geen geopend</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="29"/>
        <source>Registers of the demo and new files</source>
        <translation>Demoregister en nieuwe bestanden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="30"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="31"/>
        <source>Log file</source>
        <translation>Logbestand</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="37"/>
        <source>The open register is the demo region: its organisations and figures are fictitious.</source>
        <translation>Het geopende register is de demoregio: de organisaties en cijfers zijn fictief.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="42"/>
        <source>Regional workforce planning for youth care: the register of staffing, vacancies, inflow, outflow and training, the 20-year shortage projection and the coordination figures of the region.</source>
        <translation>Regionale personeelsplanning voor de jeugdzorg: het register van bezetting, vacatures, in- en uitstroom en opleiding, de raming van tekorten voor 20 jaar en de afstemmingscijfers van de regio.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="46"/>
        <source>Aggregate figures only: no names of employees, no salaries.</source>
        <translation>Alleen geaggregeerde cijfers: geen namen van medewerkers, geen salarissen.</translation>
    </message>
</context>
<context>
    <name>AdviceCards</name>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="48"/>
        <source>Intake advice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="51"/>
        <source>Not reachable by training before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="53"/>
        <source>%1 per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="54"/>
        <source>now %1 per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="56"/>
        <source>supply exceeds demand even without lever intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="60"/>
        <source>10-90%: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="74"/>
        <source>Advice %1: not reachable by training before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_cards.py" line="75"/>
        <source>Advice %1: %2 per year (now %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdviceCompareModel</name>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="124"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="127"/>
        <source>Advice %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="130"/>
        <source>Intake advice per year in scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="167"/>
        <source>Not reachable by training before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="168"/>
        <source>%1 per year (now %2); gap %3 fte at today's intake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgePyramidChart</name>
    <message>
        <location filename="../ui/charts/projection_pyramid.py" line="60"/>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_pyramid.py" line="62"/>
        <source>women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_pyramid.py" line="63"/>
        <source>men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_pyramid.py" line="121"/>
        <source>%1: %2 women, %3 men</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../ui/models/audit.py" line="24"/>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="25"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="26"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="27"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="28"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="29"/>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="30"/>
        <source>redone</source>
        <translation>opnieuw gedaan</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="31"/>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="32"/>
        <source>reopened</source>
        <translation>heropend</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="38"/>
        <source>staffing</source>
        <translation>bezetting</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="39"/>
        <source>establishment</source>
        <translation>formatie</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="40"/>
        <source>flows</source>
        <translation>in- en uitstroom</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="41"/>
        <source>training</source>
        <translation>opleiding</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="42"/>
        <source>sickness absence</source>
        <translation>verzuim</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="43"/>
        <source>figures</source>
        <translation>cijfers</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="44"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="45"/>
        <source>occupation</source>
        <translation>functie</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="46"/>
        <source>round</source>
        <translation>ronde</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="47"/>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="48"/>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="75"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="76"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="77"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="78"/>
        <source>Old</source>
        <translation>Oud</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="79"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../ui/models/audit.py" line="80"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../ui/pages/audit.py" line="92"/>
        <source>Audit log</source>
        <translation>Wijzigingslog</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="98"/>
        <source>Audit log: every change to the register</source>
        <translation>Wijzigingslog: elke wijziging in het register</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="99"/>
        <source>Search in every column</source>
        <translation>Zoeken in alle kolommen</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="100"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="101"/>
        <source>Kind of change</source>
        <translation>Soort wijziging</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="102"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="103"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporteren naar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="114"/>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="116"/>
        <source>All users</source>
        <translation>Alle gebruikers</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="142"/>
        <source>%1 of %2 entries</source>
        <translation>%1 van %2 regels</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="144"/>
        <source>(the newest %1; export with the command line for all)</source>
        <translation>(de nieuwste %1; exporteer via de opdrachtregel voor alle)</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="156"/>
        <source>audit log</source>
        <translation>wijzigingslog</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="157"/>
        <location filename="../ui/pages/audit.py" line="169"/>
        <source>Export audit log</source>
        <translation>Wijzigingslog exporteren</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="158"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="169"/>
        <source>The audit log was not exported</source>
        <translation>Het wijzigingslog is niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../ui/pages/audit.py" line="174"/>
        <source>Exported %1 audit entries to %2</source>
        <translation>%1 regels van het wijzigingslog geëxporteerd naar %2</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../ui/actions_backup.py" line="41"/>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="42"/>
        <source>before an upgrade</source>
        <translation>voor een upgrade</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="43"/>
        <source>before an import</source>
        <translation>voor een import</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="44"/>
        <source>before a restore</source>
        <translation>voor het terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="45"/>
        <source>damaged file, kept</source>
        <translation>beschadigd bestand, bewaard</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="57"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="58"/>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="202"/>
        <source>&amp;Back up…</source>
        <translation>Reservekopie &amp;maken…</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="203"/>
        <source>Save a copy of the register to a file of your choice</source>
        <translation>Een kopie van het register opslaan in een bestand naar keuze</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="204"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>Reservekopie &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="205"/>
        <source>Put an earlier state of the register back</source>
        <translation>Een eerdere stand van het register terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="224"/>
        <source>backup</source>
        <translation>reservekopie</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="226"/>
        <location filename="../ui/actions_backup.py" line="243"/>
        <source>Back up register</source>
        <translation>Reservekopie van het register maken</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="227"/>
        <source>hrplanner registers (*%1)</source>
        <translation>hrplanner-registers (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="241"/>
        <source>Backed up to %1</source>
        <translation>Reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="242"/>
        <source>The backup was not made</source>
        <translation>De reservekopie is niet gemaakt</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="261"/>
        <source>%1 is open read-only; it cannot be restored now.</source>
        <translation>%1 is alleen-lezen geopend; het kan nu niet worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="262"/>
        <location filename="../ui/actions_backup.py" line="268"/>
        <location filename="../ui/actions_backup.py" line="277"/>
        <location filename="../ui/actions_backup.py" line="290"/>
        <source>Restore from backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="267"/>
        <source>%1 cannot be restored</source>
        <translation>%1 kan niet worden teruggezet</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="269"/>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="274"/>
        <source>Replace %1 by the backup %2?</source>
        <translation>%1 vervangen door de reservekopie %2?</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="275"/>
        <source>The register as it is now is backed up first, so nothing is lost: restoring that backup brings it back.</source>
        <translation>Eerst wordt een reservekopie gemaakt van het register zoals het nu is, dus er gaat niets verloren: door die reservekopie terug te zetten komt het terug.</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="278"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="289"/>
        <source>%1 was not restored</source>
        <translation>%1 is niet teruggezet</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="291"/>
        <source>The register is as it was.</source>
        <translation>Het register is zoals het was.</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="293"/>
        <source>Restored %1 from %2; the replaced version is kept as %3</source>
        <translation>%1 teruggezet uit %2; de vervangen versie is bewaard als %3</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <location filename="../ui/actions_backup.py" line="65"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="65"/>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="66"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <location filename="../ui/pages/coordination.py" line="359"/>
        <source>Coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="364"/>
        <source>Fictitious figures (demo region): the organisations and numbers of this register are made up for demonstration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="366"/>
        <source>View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="367"/>
        <source>Steering group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="368"/>
        <source>Only what may be shared beyond one organisation: small numbers hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="369"/>
        <source>Coordinator (full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="370"/>
        <source>Every figure; for the regional coordinator, not for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="371"/>
        <location filename="../ui/pages/coordination.py" line="372"/>
        <source>Tension per organisation and occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="373"/>
        <source>Tension is the vacancy rate in which vacancies open 3 months or longer count twice: vacancy rate × (1 + share open 3+ months). Hover a cell for its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="376"/>
        <source>Where joiners come from and where leavers go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="377"/>
        <source>Who trains, who hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="378"/>
        <location filename="../ui/pages/coordination.py" line="386"/>
        <source>Shared training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="379"/>
        <source>Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="380"/>
        <source>Split by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="381"/>
        <source>share of fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="381"/>
        <source>share of shortage (open fte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="382"/>
        <source>equal parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="385"/>
        <source>What these figures mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="397"/>
        <source>What the figures show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="398"/>
        <source>What they do not show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="399"/>
        <source>Hiring from each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="400"/>
        <source>Training effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="401"/>
        <source>The shared training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="402"/>
        <source>Competition law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="459"/>
        <source>No register is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="459"/>
        <source>This register has no rounds yet: the coordination figures need a round of figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="465"/>
        <source>Coordinate instead of compete — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="466"/>
        <source>Reference date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="468"/>
        <source>changes against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="471"/>
        <source>Fictitious figures (demo region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="474"/>
        <source>Steering group view: only what may be shared beyond one organisation. A cell built from fewer than %1 persons shows “%2”; a cell that would reveal such a cell through the totals shows “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="480"/>
        <source>Coordinator view: every figure, small numbers included. Do not share this view beyond the regional coordinator; use the steering group view for meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="494"/>
        <source>Hiring from each other moves the shortage around: over the region, moves inside the region add up to zero (%1 joined from and %2 left to another organisation in the region). The region grows only by joiners from outside minus exits: %3 persons this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="502"/>
        <source>Hiring from each other moves the shortage around: over the region, moves inside the region add up to zero. The region grows only by joiners from outside minus exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="508"/>
        <source>Up: trains much for its size. Right: hires a large part of the newly qualified. Dashed: the region's trainees per 100 fte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/coordination.py" line="511"/>
        <source>%n organisation(s) left out in this view: small numbers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="545"/>
        <source>Computing the regional intake advice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="559"/>
        <source>The regional intake advice could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="590"/>
        <source>No training plan for this occupation: no advice and no organisation with figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="594"/>
        <source>from the projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="594"/>
        <source>advice not available: using today's planned intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="596"/>
        <source>Regional intake advice: %1 places a year (%2). Planned: %3; training places now: %4; planned intake now: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="602"/>
        <source>Nobody has a weight under this rule: split by fte instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/coordination.py" line="605"/>
        <source>Short by %n place(s): the organisations' supervisors cannot take on the whole advice.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DifferenceModel</name>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="65"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="65"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="65"/>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_compare.py" line="66"/>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="62"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="65"/>
        <source>&lt;b&gt;hrplanner ran into an unexpected problem.&lt;/b&gt;&lt;br&gt;Changes you made before were saved; the action that failed was not carried out. If this happens again, please send the report below to whoever supports hrplanner for you.</source>
        <translation>&lt;b&gt;hrplanner liep tegen een onverwacht probleem aan.&lt;/b&gt;&lt;br&gt;Wijzigingen die u eerder maakte, zijn opgeslagen; de handeling die misging, is niet uitgevoerd. Gebeurt dit opnieuw, stuur dan het rapport hieronder naar wie hrplanner voor u ondersteunt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="75"/>
        <source>Error report</source>
        <translation>Foutrapport</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="78"/>
        <source>Log file: %1</source>
        <translation>Logbestand: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="83"/>
        <source>Copy report</source>
        <translation>Rapport kopiëren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="85"/>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/error_dialog.py" line="148"/>
        <source>Cannot do that</source>
        <translation>Dat kan niet</translation>
    </message>
</context>
<context>
    <name>ExplainModel</name>
    <message>
        <location filename="../ui/models/projection_explain.py" line="18"/>
        <source>women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="18"/>
        <source>men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="18"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="26"/>
        <source>Base: supply in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="28"/>
        <source>Unmet demand in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="30"/>
        <source>Demography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="34"/>
        <source>Care type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="37"/>
        <source>Staff still working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="38"/>
        <source>Graduates, in training now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="39"/>
        <source>Graduates, decided intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="40"/>
        <source>Graduates, lever intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="41"/>
        <source>Other inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="80"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="83"/>
        <source>Total supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="84"/>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="87"/>
        <source>Total demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="88"/>
        <source>Gap (demand - supply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="127"/>
        <source>Part (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="127"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_explain.py" line="127"/>
        <source>Fte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <location filename="../ui/pages/overview.py" line="284"/>
        <source>Previous round (%1): %2</source>
        <translation>Vorige ronde (%1): %2</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../ui/pages/register_figures.py" line="174"/>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="177"/>
        <source>Register figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="178"/>
        <source>&amp;Add round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="179"/>
        <source>Add a reference date to enter figures for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="180"/>
        <source>&amp;Close round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="181"/>
        <source>Make this round's figures read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="182"/>
        <source>This round is closed (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="183"/>
        <source>&amp;Reopen round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="184"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="185"/>
        <source>Organisation filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="186"/>
        <source>Occu&amp;pation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="187"/>
        <source>Occupation filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="188"/>
        <source>Show rows &amp;without figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="189"/>
        <source>Show every organisation x occupation, also those without figures yet, to enter new figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="191"/>
        <source>&amp;Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="191"/>
        <source>Establishment an&amp;d vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="191"/>
        <source>&amp;Joiners and leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="192"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="192"/>
        <source>Sic&amp;kness absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="197"/>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="197"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="199"/>
        <source>Ro&amp;ute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="199"/>
        <source>All routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="223"/>
        <source>No rounds yet: add one to enter figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="225"/>
        <source>Round: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="235"/>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="237"/>
        <source>All occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="275"/>
        <source>Close round %1? Its figures become read-only until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="278"/>
        <source>Reopen round %1? Its figures can then be changed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_figures.py" line="285"/>
        <location filename="../ui/pages/register_figures.py" line="290"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowChart</name>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="135"/>
        <source>inside the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="136"/>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="137"/>
        <source>youth care elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="138"/>
        <source>other sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="139"/>
        <source>re-entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="140"/>
        <source>retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="141"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="142"/>
        <source>hidden (small numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="178"/>
        <source>net %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="184"/>
        <source>← leavers   persons   joiners →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="197"/>
        <source>joiners %1; leavers %2; net for the region %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_flows.py" line="202"/>
        <source>Fictitious figures (demo region)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapCompareChart</name>
    <message>
        <location filename="../ui/charts/projection_compare.py" line="44"/>
        <source>gap (fte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_compare.py" line="46"/>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_compare.py" line="47"/>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_compare.py" line="63"/>
        <source>%1: gap %2 fte in A, %3 fte in B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../ui/models/projection_gap.py" line="81"/>
        <source>shortage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="81"/>
        <source>surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="81"/>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="82"/>
        <source>%1, %2: %3 fte (%4 persons), %5 of demand; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="93"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="95"/>
        <source>Gap in fte in %1 (demand minus supply; shortage &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapLegend</name>
    <message>
        <location filename="../ui/charts/projection_heatmap.py" line="54"/>
        <source>surplus %1 of demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_heatmap.py" line="55"/>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_heatmap.py" line="56"/>
        <source>shortage %1 of demand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactChart</name>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="26"/>
        <source>Unmet demand today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="27"/>
        <source>Demography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="28"/>
        <source>Outflow of today's staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="29"/>
        <source>Change in fte per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="30"/>
        <source>Graduates of those in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="31"/>
        <source>Intake already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="32"/>
        <source>Other inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="39"/>
        <source>Care type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="65"/>
        <source>trainees per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="82"/>
        <source>Intake advice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_impact.py" line="112"/>
        <source>%1: %2 trainees per year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../ui/actions.py" line="82"/>
        <source>&amp;New register…</source>
        <translation>&amp;Nieuw register…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="83"/>
        <source>Create an empty register file</source>
        <translation>Een leeg registerbestand maken</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="84"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="85"/>
        <source>Open a register file</source>
        <translation>Een registerbestand openen</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="86"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="87"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="88"/>
        <source>&amp;About hrplanner</source>
        <translation>&amp;Over hrplanner</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="94"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="94"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="98"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Opnieuw: %1</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="98"/>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="272"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="272"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="272"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="273"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="273"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="276"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="277"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="279"/>
        <source>Main tool bar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="280"/>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="281"/>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="282"/>
        <source>The round (reference date) the pages show</source>
        <translation>De ronde (peildatum) die de pagina's tonen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283"/>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="299"/>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="308"/>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="310"/>
        <source>%1 was upgraded to this version of hrplanner; the original is kept as %2</source>
        <translation>%1 is bijgewerkt naar deze versie van hrplanner; het origineel is bewaard als %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="322"/>
        <source>The register that was open stays open.</source>
        <translation>Het register dat open was, blijft open.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="323"/>
        <source>Could not open %1</source>
        <translation>%1 kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="324"/>
        <source>Cannot open register</source>
        <translation>Register kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="329"/>
        <source>Open register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="330"/>
        <location filename="../ui/main_window.py" line="338"/>
        <source>hrplanner registers (*%1)</source>
        <translation>hrplanner-registers (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="337"/>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="358"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="384"/>
        <source>%1 (closed)</source>
        <translation>%1 (afgesloten)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="404"/>
        <source>(demo — fictitious figures)</source>
        <translation>(demo — fictieve cijfers)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="406"/>
        <source>(read-only)</source>
        <translation>(alleen-lezen)</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../ui/safe_open.py" line="145"/>
        <source>Notices</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <location filename="../ui/safe_open.py" line="146"/>
        <location filename="../ui/safe_open.py" line="147"/>
        <source>Hide this notice</source>
        <translation>Deze melding verbergen</translation>
    </message>
</context>
<context>
    <name>OccupationDialog</name>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="118"/>
        <source>Add occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="125"/>
        <source>The work requires registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="129"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="130"/>
        <source>&amp;Dutch name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="131"/>
        <source>&amp;English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="132"/>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="133"/>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="134"/>
        <source>Re&amp;gistration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="135"/>
        <source>&amp;Training route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="136"/>
        <source>Training &amp;years:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccupationsPage</name>
    <message>
        <location filename="../ui/pages/register_occupations.py" line="43"/>
        <location filename="../ui/pages/register_occupations.py" line="46"/>
        <location filename="../ui/pages/register_occupations.py" line="48"/>
        <source>Occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_occupations.py" line="47"/>
        <source>&amp;Add occupation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="99"/>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="104"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="105"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="106"/>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <location filename="../ui/pages/register_organisations.py" line="53"/>
        <location filename="../ui/pages/register_organisations.py" line="56"/>
        <location filename="../ui/pages/register_organisations.py" line="59"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_organisations.py" line="57"/>
        <source>&amp;Add organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_organisations.py" line="58"/>
        <source>Show &amp;inactive organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_organisations.py" line="78"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_organisations.py" line="78"/>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/pages/overview.py" line="58"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="59"/>
        <source>Persons employed on the reference date (headcount)</source>
        <translation>Personen in dienst op de peildatum (aantal personen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="60"/>
        <source>Fte</source>
        <translation>Fte</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="61"/>
        <source>Filled fte on the reference date</source>
        <translation>Bezette fte op de peildatum</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="62"/>
        <location filename="../ui/pages/overview.py" line="485"/>
        <source>Open vacancies</source>
        <translation>Open vacatures</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="63"/>
        <source>Open positions on the reference date</source>
        <translation>Openstaande vacatures op de peildatum</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="64"/>
        <source>Vacancy rate</source>
        <translation>Vacaturegraad</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="65"/>
        <source>Open fte / (filled fte + open fte)</source>
        <translation>Open fte / (bezette fte + open fte)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="66"/>
        <source>Open 3+ months</source>
        <translation>3+ maanden open</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="67"/>
        <source>Share of the open vacancies open 3 months or longer</source>
        <translation>Deel van de open vacatures dat 3 maanden of langer openstaat</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="68"/>
        <source>Turnover</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="69"/>
        <source>Leavers in the 12 months before the reference date / average persons</source>
        <translation>Uitstroom in de 12 maanden vóór de peildatum / gemiddeld aantal personen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="70"/>
        <source>Circulation</source>
        <translation>Circulatie</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="71"/>
        <source>Joiners from another organisation in the region / all joiners</source>
        <translation>Instroom vanuit een andere organisatie in de regio / alle instroom</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="72"/>
        <source>Aged 55+</source>
        <translation>Aandeel 55+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="73"/>
        <source>Share of persons aged 55 or older</source>
        <translation>Deel van de personen van 55 jaar of ouder</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="74"/>
        <source>Aged 60+</source>
        <translation>Aandeel 60+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="75"/>
        <source>Share of persons aged 60 or older</source>
        <translation>Deel van de personen van 60 jaar of ouder</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="102"/>
        <source>Fictitious figures (demo region)</source>
        <translation>Fictieve cijfers (demoregio)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="389"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="400"/>
        <source>Fictitious figures (demo region): the organisations and numbers of this register are made up for demonstration.</source>
        <translation>Fictieve cijfers (demoregio): de organisaties en aantallen in dit register zijn verzonnen voor demonstratie.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="402"/>
        <location filename="../ui/pages/overview.py" line="403"/>
        <source>Key figures per occupation</source>
        <translation>Kerncijfers per functie</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="404"/>
        <source>Retirement wave: share aged 55+ and 60+</source>
        <translation>Uittreedgolf: aandeel 55+ en 60+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="405"/>
        <source>Open vacancies per round</source>
        <translation>Open vacatures per ronde</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="406"/>
        <source>Largest expected shortages</source>
        <translation>Grootste verwachte tekorten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="430"/>
        <source>No register is open.</source>
        <translation>Er is geen register geopend.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="430"/>
        <source>This register has no rounds yet. Add a round and its figures, or import the collection templates of the organisations.</source>
        <translation>Dit register heeft nog geen rondes. Voeg een ronde met cijfers toe, of importeer de uitvraagbestanden van de organisaties.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="438"/>
        <source>Reference date %1, compared with %2</source>
        <translation>Peildatum %1, vergeleken met %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="441"/>
        <source>Reference date %1 (no previous round to compare with)</source>
        <translation>Peildatum %1 (geen vorige ronde om mee te vergelijken)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="480"/>
        <source>55+</source>
        <translation>55+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="481"/>
        <source>60+</source>
        <translation>60+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="516"/>
        <source>Computing the projection…</source>
        <translation>De raming wordt berekend…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="525"/>
        <source>The projection could not be computed: %1</source>
        <translation>De raming kon niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="528"/>
        <source>The largest expected shortages per occupation appear here once the projection is available.</source>
        <translation>De grootste verwachte tekorten per functie verschijnen hier zodra de raming beschikbaar is.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="530"/>
        <source>No shortages expected.</source>
        <translation>Geen tekorten verwacht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="534"/>
        <source>fte</source>
        <translation>fte</translation>
    </message>
</context>
<context>
    <name>ParameterTableModel</name>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="38"/>
        <source>Base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="38"/>
        <source>Horizon (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="39"/>
        <source>Adjustment year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="39"/>
        <source>Trend year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="41"/>
        <source>Equilibrium year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="44"/>
        <source>Persons today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="46"/>
        <source>women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="46"/>
        <source>men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="46"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="50"/>
        <source>Share of persons (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="51"/>
        <source>Fte per person (%1), year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="52"/>
        <source>Outflow, cumulative (%1), year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="53"/>
        <source>Graduate retention (%1), year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="54"/>
        <source>Share of trainees (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="55"/>
        <source>Share of other inflow (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="60"/>
        <source>Training duration (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="61"/>
        <source>in training now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="61"/>
        <source>decided intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="62"/>
        <source>lever intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="64"/>
        <source>Trainees per year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="65"/>
        <source>Completion rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="67"/>
        <source>Other inflow per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="70"/>
        <source>Unmet demand today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="72"/>
        <source>Trends go on after the trend year (0 or 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="74"/>
        <source>Demography, cumulative change, year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="76"/>
        <source>(per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="79"/>
        <source>Clients of %1, year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="80"/>
        <source>Fte per 100 clients of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="165"/>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="165"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="165"/>
        <source>Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="165"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="165"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="167"/>
        <source>The value derived from the register (the basis scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="222"/>
        <source>Changed in this scenario; the register has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="235"/>
        <source>%1 = %2: is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_parameters.py" line="248"/>
        <source>%1 = %2: low must not exceed middle, nor middle high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../ui/pages/coordination.py" line="90"/>
        <source>Fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="90"/>
        <source>Open fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="90"/>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="92"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="93"/>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="94"/>
        <source>Share by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="95"/>
        <source>Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="96"/>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="97"/>
        <source>Planned places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="98"/>
        <source>Training places now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="99"/>
        <source>Planned intake now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="100"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="111"/>
        <source>Supervisors × places per supervisor: the most new trainees a year the organisation can take on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="113"/>
        <source>New training places a year in the shared plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="114"/>
        <source>The organisation's share under the chosen rule, before caps and rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="127"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="142"/>
        <source>no supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/coordination.py" line="142"/>
        <source>at its cap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectionChart</name>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="258"/>
        <source>fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="260"/>
        <source>gap (fte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="265"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="266"/>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="268"/>
        <source>Gap (shortage &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="270"/>
        <source>Before the levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="272"/>
        <source>Supply, 10-90% of draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="273"/>
        <source>Demand, 10-90% of draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="281"/>
        <source>Supply: %1 fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="282"/>
        <source>Demand: %1 fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/projection_chart.py" line="284"/>
        <source>Gap: %1 fte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectionPage</name>
    <message>
        <location filename="../ui/pages/projection.py" line="62"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="62"/>
        <source>middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="62"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="67"/>
        <source>basis (from the register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="339"/>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="342"/>
        <source>&amp;Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="343"/>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="344"/>
        <source>V&amp;ariant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="345"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="346"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="347"/>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="348"/>
        <source>Low, middle or high values of every parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="349"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="350"/>
        <source>Cancel the uncertainty band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="351"/>
        <source>Compute band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="352"/>
        <source>Compute the 10-90% uncertainty band (Monte Carlo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="353"/>
        <source>Progress of the uncertainty band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="354"/>
        <source>E&amp;xplain year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="355"/>
        <source>Year to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="356"/>
        <source>Or click a year in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="357"/>
        <source>Parts of supply and demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="358"/>
        <source>Gap per occupation and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="359"/>
        <source>Supply, demand and gap chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="360"/>
        <location filename="../ui/pages/projection.py" line="365"/>
        <source>What drives the advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="361"/>
        <location filename="../ui/pages/projection.py" line="366"/>
        <source>Age structure today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="362"/>
        <source>E&amp;quilibrium year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="363"/>
        <source>Equilibrium year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="364"/>
        <source>Gap, all occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="367"/>
        <source>Demand minus supply in fte; hover a cell for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="368"/>
        <location filename="../ui/pages/projection.py" line="422"/>
        <source>Open a register to see the projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="369"/>
        <source>Hover over the chart for the figures of a year; click to explain it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="423"/>
        <source>This register has no rounds yet, so there is nothing to project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="459"/>
        <source>No occupation has staff in this round, so there is nothing to project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="529"/>
        <source>%1: scenario %2, %3 variant, reference date %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="533"/>
        <source>fictitious figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="536"/>
        <source>equilibrium %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="578"/>
        <source>%1: supply %2 fte, demand %3 fte, gap %4 fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="601"/>
        <source>Not reachable by training before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="603"/>
        <source>Trainees per year each factor adds to (right) or takes from (left) the advice; together they make the advice of %1 per year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="623"/>
        <source>%1 persons on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="626"/>
        <source>Sex unknown: %1 (not in the chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="628"/>
        <source>Hatched bars are hidden: fewer than %1 persons, or enough to work such a number out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="653"/>
        <source>Uncertainty band: %1 draws…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="689"/>
        <source>Band: 10-90% of %1 draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="698"/>
        <source>The uncertainty band could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/projection.py" line="706"/>
        <source>Uncertainty band cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialogs</name>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="40"/>
        <source>These figures are unusual. Save them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="41"/>
        <source>Confirm figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="43"/>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message>
        <location filename="../ui/pages/register_table.py" line="123"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_table.py" line="124"/>
        <source>No rows to show. Change the filters, or tick “Show rows without figures” to enter new figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_table.py" line="137"/>
        <source>Pasting works in the figure tables; edit this table cell by cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/register_table.py" line="144"/>
        <source>paste %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/register_table.py" line="156"/>
        <source>clear %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/register_table.py" line="228"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_table.py" line="233"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_table.py" line="236"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterTables</name>
    <message>
        <location filename="../ui/models/establishment.py" line="25"/>
        <location filename="../ui/models/flows.py" line="44"/>
        <location filename="../ui/models/sickness.py" line="20"/>
        <location filename="../ui/models/staffing.py" line="32"/>
        <location filename="../ui/models/training.py" line="24"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="26"/>
        <location filename="../ui/models/flows.py" line="45"/>
        <location filename="../ui/models/staffing.py" line="33"/>
        <location filename="../ui/models/training.py" line="25"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="27"/>
        <source>Establishment
fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="28"/>
        <source>Budgeted fte (formatie); empty = not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="29"/>
        <source>Filled
fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="30"/>
        <source>Calculated: the fte of the staffing table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="31"/>
        <source>Open
vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="32"/>
        <source>Open
fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="33"/>
        <source>Open 3+
months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="34"/>
        <source>Open vacancies open 3 months or longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="35"/>
        <source>Difference
fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="36"/>
        <source>Calculated: establishment - (filled fte + open fte); should be 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="82"/>
        <source>Establishment is not filled fte + open fte; check which figure is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="93"/>
        <source>edit establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="94"/>
        <source>edit vacancies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/figures.py" line="88"/>
        <source>this round is closed (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/figures.py" line="90"/>
        <source>cannot be changed here (it names the row or is calculated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="33"/>
        <source>Joiners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="34"/>
        <source>Leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="48"/>
        <source>Joiners
total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="52"/>
        <source>Leavers
total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="54"/>
        <source>Persons at
start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="55"/>
        <source>Persons in the previous round (or in this round when the previous round has none); leavers cannot exceed these plus the joiners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="98"/>
        <source>edit joiners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="99"/>
        <source>edit leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="19"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="20"/>
        <source>Dutch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="21"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="22"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="23"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="24"/>
        <source>Registration
required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="26"/>
        <location filename="../ui/models/training.py" line="26"/>
        <source>Training route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="27"/>
        <source>Training
years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="42"/>
        <location filename="../ui/models/organisations.py" line="39"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/occupations.py" line="43"/>
        <location filename="../ui/models/organisations.py" line="40"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/organisations.py" line="18"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/organisations.py" line="19"/>
        <location filename="../ui/models/sickness.py" line="21"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/organisations.py" line="20"/>
        <location filename="../ui/models/sickness.py" line="22"/>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/organisations.py" line="21"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/organisations.py" line="22"/>
        <source>Inactive organisations keep their figures but get no new rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/sickness.py" line="23"/>
        <source>Sickness absence
%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/sickness.py" line="24"/>
        <source>Percentage of contracted hours lost to sickness; empty = not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/sickness.py" line="55"/>
        <source>edit sickness absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="26"/>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="27"/>
        <source>fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="34"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="40"/>
        <source>Total persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="41"/>
        <location filename="../ui/models/staffing.py" line="43"/>
        <source>Calculated: the sum over the age bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="42"/>
        <source>Total fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="44"/>
        <source>fte per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="45"/>
        <source>Calculated: total fte / total persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/staffing.py" line="102"/>
        <source>edit staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/table.py" line="290"/>
        <source>{row}, column “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/training.py" line="27"/>
        <source>In training
now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/training.py" line="28"/>
        <source>Planned intake
next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/training.py" line="29"/>
        <source>Training places
offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/training.py" line="30"/>
        <source>Qualified
supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/training.py" line="66"/>
        <source>edit training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../ui/actions_backup.py" line="114"/>
        <source>Restore from backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="129"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="131"/>
        <source>&amp;Other file…</source>
        <translation>&amp;Ander bestand…</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="134"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="145"/>
        <source>Backups of %1 (the newest %2 are kept in %3). The backup is checked first, and the register as it is now is backed up before it is replaced.</source>
        <translation>Reservekopieën van %1 (de nieuwste %2 worden bewaard in %3). De reservekopie wordt eerst gecontroleerd, en van het register zoals het nu is wordt een reservekopie gemaakt voordat het wordt vervangen.</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="150"/>
        <source>There are no backups of %1 yet. Choose another backup file with “Other file”.</source>
        <translation>Er zijn nog geen reservekopieën van %1. Kies een ander bestand met „Ander bestand”.</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="172"/>
        <source>Choose a backup</source>
        <translation>Kies een reservekopie</translation>
    </message>
    <message>
        <location filename="../ui/actions_backup.py" line="173"/>
        <source>hrplanner registers (*%1);;All files (*)</source>
        <translation>hrplanner-registers (*%1);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="151"/>
        <source>Add round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="160"/>
        <source>e.g. Reference date 31-12-2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="161"/>
        <source>Reference &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/register_dialogs.py" line="162"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeOpen</name>
    <message>
        <location filename="../ui/safe_open.py" line="104"/>
        <source>%1 is being edited by %2 on %3 since %4, so it is open read-only here. You can make changes once it is closed there.</source>
        <translation>%1 wordt bewerkt door %2 op %3 sinds %4, en is hier daarom alleen-lezen geopend. U kunt wijzigen zodra het daar gesloten is.</translation>
    </message>
    <message>
        <location filename="../ui/safe_open.py" line="109"/>
        <source>%1 is open read-only: %2</source>
        <translation>%1 is alleen-lezen geopend: %2</translation>
    </message>
    <message>
        <location filename="../ui/safe_open.py" line="112"/>
        <source>%1 is on a network drive (%2). SQLite's locking is unreliable there; copy the file to a local disk to work on it.</source>
        <translation>%1 staat op een netwerkschijf (%2). De vergrendeling van SQLite is daar onbetrouwbaar; kopieer het bestand naar een lokale schijf om ermee te werken.</translation>
    </message>
    <message>
        <location filename="../ui/safe_open.py" line="116"/>
        <source>%1 is on a removable drive (%2). SQLite's locking is unreliable there; copy the file to a local disk to work on it.</source>
        <translation>%1 staat op een verwisselbare schijf (%2). De vergrendeling van SQLite is daar onbetrouwbaar; kopieer het bestand naar een lokale schijf om ermee te werken.</translation>
    </message>
</context>
<context>
    <name>ScenarioCommands</name>
    <message>
        <location filename="../ui/models/scenario_commands.py" line="52"/>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_commands.py" line="76"/>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_commands.py" line="89"/>
        <source>edit the description of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_commands.py" line="101"/>
        <source>rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_commands.py" line="124"/>
        <source>create scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_commands.py" line="151"/>
        <source>delete scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message>
        <location filename="../ui/models/scenario_list.py" line="42"/>
        <source>basis (from the register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_list.py" line="44"/>
        <source>%1 (%2 changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_list.py" line="48"/>
        <source>Derived from the register; copy it to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/scenario_list.py" line="53"/>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <location filename="../ui/pages/scenarios.py" line="373"/>
        <location filename="../ui/pages/scenarios.py" line="377"/>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="376"/>
        <source>S&amp;cenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="378"/>
        <source>Cop&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="379"/>
        <source>A new scenario with the same parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="380"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="381"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="382"/>
        <source>Derived from the register; copy it to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="383"/>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="384"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="385"/>
        <source>Save descr&amp;iption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="386"/>
        <source>&amp;Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="387"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="388"/>
        <location filename="../ui/pages/scenarios.py" line="391"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="389"/>
        <source>Levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="390"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="392"/>
        <source>Reset to re&amp;gister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="393"/>
        <source>The selected parameters follow the register again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="394"/>
        <source>Only changed parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="395"/>
        <source>V&amp;ariant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="396"/>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="397"/>
        <source>Projection with the levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="398"/>
        <source>Reset &amp;levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="399"/>
        <source>&amp;Save levers to scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="400"/>
        <source>Save as ne&amp;w scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="401"/>
        <source>Scenario without levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="403"/>
        <source>Scenario &amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="404"/>
        <source>Scenario &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="405"/>
        <source>Scenario A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="406"/>
        <source>Scenario B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="407"/>
        <source>Parameters that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="408"/>
        <source>Intake advice in A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="409"/>
        <source>Gap in A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="410"/>
        <location filename="../ui/pages/scenarios.py" line="466"/>
        <source>Open a register to work with scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="467"/>
        <source>This register has no rounds yet, so there are no scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="504"/>
        <source>Scenario %1 has an invalid parameter: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="514"/>
        <source>Scenario %1, from the round of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="555"/>
        <source>The basis is derived from the register and cannot be changed; copy it to change parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="558"/>
        <source>The register is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="560"/>
        <source>Double-click a low, middle or high value to change it. Changed values are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="563"/>
        <source>%1 of %2 parameters differ from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="587"/>
        <source>The basis cannot be changed; save the levers as a new scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="614"/>
        <source>Scenario not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="636"/>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="637"/>
        <source>Copy scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="637"/>
        <location filename="../ui/pages/scenarios.py" line="815"/>
        <source>Name of the new scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="652"/>
        <source>Rename scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="652"/>
        <source>New name of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="665"/>
        <source>Delete scenario %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="666"/>
        <source>Delete scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="667"/>
        <source>You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="668"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="695"/>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="703"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="736"/>
        <source>reset %1 to the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="805"/>
        <source>save levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="815"/>
        <source>Save as new scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="816"/>
        <source>%1 with levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="822"/>
        <source>save levers as scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="873"/>
        <source>A and B are the same scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="875"/>
        <source>The two scenarios have the same parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/scenarios.py" line="877"/>
        <source>%1 parameters differ in %2 occupations; highlighted advice differs.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/dialogs/settings_dialog.py" line="49"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="49"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="50"/>
        <source>Your &amp;name (audit log):</source>
        <translation>Uw &amp;naam (logboek):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="50"/>
        <source>Your name for the audit log</source>
        <translation>Uw naam voor het logboek</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="51"/>
        <source>&amp;Hide cells of fewer than (persons):</source>
        <translation>&amp;Cellen verbergen onder (personen):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="52"/>
        <source>Small-number threshold</source>
        <translation>Drempel voor kleine aantallen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="53"/>
        <source>&amp;Backups to keep per register:</source>
        <translation>&amp;Reservekopieën per register bewaren:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="53"/>
        <source>Backups to keep</source>
        <translation>Te bewaren reservekopieën</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="54"/>
        <source>&amp;Monte Carlo draws:</source>
        <translation>&amp;Monte Carlo-trekkingen:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="54"/>
        <source>Monte Carlo draws</source>
        <translation>Monte Carlo-trekkingen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settings_dialog.py" line="59"/>
        <source>In exports and shared views, a cell built from fewer persons than this is hidden.</source>
        <translation>In exports en gedeelde overzichten wordt een cel die op minder personen dan dit is gebaseerd, verborgen.</translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <location filename="../ui/pages/overview.py" line="174"/>
        <source>Region (all occupations)</source>
        <translation>Regio (alle functies)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="190"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="232"/>
        <source>Hidden: built from fewer persons than the small-number threshold</source>
        <translation>Verborgen: gebaseerd op minder personen dan de drempel voor kleine aantallen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="240"/>
        <source>Previous round (%1): %2 (%3)</source>
        <translation>Vorige ronde (%1): %2 (%3)</translation>
    </message>
</context>
<context>
    <name>TensionLegend</name>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="211"/>
        <source>Tension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="219"/>
        <source>hidden: %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TensionMatrixModel</name>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="117"/>
        <source>%1 has no staff in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="137"/>
        <source>Hidden in the steering view: fewer than %1 persons, or a cell that would reveal such a cell through the totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="142"/>
        <source>Tension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="143"/>
        <source>Vacancy rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="144"/>
        <source>Open 3+ months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="145"/>
        <source>Persons: %1, fte: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="147"/>
        <source>Aged 55+: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="151"/>
        <source>Change in tension since the previous round: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="153"/>
        <source>Tension = vacancy rate × (1 + share open 3+ months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_matrix.py" line="155"/>
        <source>Fictitious figures (demo region)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingEffortChart</name>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="93"/>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="101"/>
        <source>share of the region's hires of newly qualified people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="102"/>
        <source>trainees per 100 fte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="105"/>
        <source>Who trains, who hires: one point per organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/coordination_training.py" line="107"/>
        <source>%n organisation(s) left out: small numbers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="109"/>
        <source>Fictitious figures (demo region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="122"/>
        <source>Trainees per 100 fte: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="123"/>
        <source>Share of the region's trainees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="124"/>
        <source>Share of the region's hires of newly qualified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="130"/>
        <source>trains more than it hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/charts/coordination_training.py" line="132"/>
        <source>hires more than it trains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="89"/>
        <source>Preparing the demo register (fictitious figures)…</source>
        <translation>Demoregister wordt klaargezet (fictieve cijfers)…</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <location filename="../ui/clipboard.py" line="108"/>
        <source>The clipboard holds no cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clipboard.py" line="119"/>
        <source>There is no cell to paste into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/clipboard.py" line="123"/>
        <source>The pasted block (%1 rows x %2 columns) does not fit: from the current cell there are %3 rows and %4 columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message numerus="yes">
        <location filename="../ui/commands.py" line="46"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="61"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="89"/>
        <source>Could not redo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="93"/>
        <source>Could not undo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="113"/>
        <location filename="../ui/commands.py" line="155"/>
        <source>No register is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="162"/>
        <source>Not saved (not confirmed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="181"/>
        <source>add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="200"/>
        <source>reactivate organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="202"/>
        <source>deactivate organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="204"/>
        <source>rename organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="206"/>
        <source>edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="227"/>
        <source>add occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="242"/>
        <source>edit occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="260"/>
        <source>add round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="287"/>
        <source>close round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="288"/>
        <source>reopen round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../ui/format.py" line="84"/>
        <source>pp</source>
        <comment>percentage points, abbreviated</comment>
        <translation>%-punt</translation>
    </message>
</context>
<context>
    <name>levers</name>
    <message>
        <location filename="../ui/levers.py" line="150"/>
        <source>Lever intake (per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="151"/>
        <source>Graduate retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="152"/>
        <source>Fte per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="153"/>
        <source>Outflow of today's staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="154"/>
        <source>Other inflow (per year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="155"/>
        <source>Unmet demand today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="156"/>
        <source>Demography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="157"/>
        <source>Trend: epidemiology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="158"/>
        <source>Trend: socio-cultural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="159"/>
        <source>Trend: professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="160"/>
        <source>Trend: efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="161"/>
        <source>Trend: horizontal substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="162"/>
        <source>Trend: vertical substitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="163"/>
        <source>Trend: working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="172"/>
        <source>Trainees starting per year from the adjustment year on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="174"/>
        <source>Lateral entrants per year (other regions, other sectors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="176"/>
        <source>Open vacancies as a share of the filled fte in the base year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="178"/>
        <source>Yearly change of demand until the trend year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="180"/>
        <source>100% = as in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="303"/>
        <source>Back to the scenario's value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="305"/>
        <source>Reset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="358"/>
        <source>Levers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
