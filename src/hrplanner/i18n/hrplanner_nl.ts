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
    <name>FigureCard</name>
    <message>
        <location filename="../ui/pages/overview.py" line="270"/>
        <source>Previous round (%1): %2</source>
        <translation>Vorige ronde (%1): %2</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../ui/models/projection_gap.py" line="72"/>
        <source>shortage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="72"/>
        <source>surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="72"/>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="73"/>
        <source>%1, %2: %3 fte (%4 persons), %5 of demand; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="84"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/models/projection_gap.py" line="86"/>
        <source>Gap in fte in %1 (demand minus supply; shortage &gt; 0)</source>
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
        <location filename="../ui/main_window.py" line="232"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="232"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="232"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="233"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="233"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="236"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="237"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="239"/>
        <source>Main tool bar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="240"/>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="241"/>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="242"/>
        <source>The round (reference date) the pages show</source>
        <translation>De ronde (peildatum) die de pagina's tonen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="243"/>
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="260"/>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="269"/>
        <source>Opened %1</source>
        <translation>%1 geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="271"/>
        <source>%1 was upgraded to this version of hrplanner; the original is kept as %2</source>
        <translation>%1 is bijgewerkt naar deze versie van hrplanner; het origineel is bewaard als %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="283"/>
        <source>The register that was open stays open.</source>
        <translation>Het register dat open was, blijft open.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="284"/>
        <source>Could not open %1</source>
        <translation>%1 kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="285"/>
        <source>Cannot open register</source>
        <translation>Register kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="290"/>
        <source>Open register</source>
        <translation>Register openen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="291"/>
        <location filename="../ui/main_window.py" line="301"/>
        <source>hrplanner registers (*%1)</source>
        <translation>hrplanner-registers (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="300"/>
        <source>New register</source>
        <translation>Nieuw register</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="321"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="343"/>
        <source>%1 (closed)</source>
        <translation>%1 (afgesloten)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="363"/>
        <source>(demo — fictitious figures)</source>
        <translation>(demo — fictieve cijfers)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="365"/>
        <source>(read-only)</source>
        <translation>(alleen-lezen)</translation>
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
        <location filename="../ui/pages/overview.py" line="463"/>
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
        <location filename="../ui/pages/overview.py" line="375"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="378"/>
        <source>Fictitious figures (demo region): the organisations and numbers of this register are made up for demonstration.</source>
        <translation>Fictieve cijfers (demoregio): de organisaties en aantallen in dit register zijn verzonnen voor demonstratie.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="380"/>
        <location filename="../ui/pages/overview.py" line="381"/>
        <source>Key figures per occupation</source>
        <translation>Kerncijfers per functie</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="382"/>
        <source>Retirement wave: share aged 55+ and 60+</source>
        <translation>Uittreedgolf: aandeel 55+ en 60+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="383"/>
        <source>Open vacancies per round</source>
        <translation>Open vacatures per ronde</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="384"/>
        <source>Largest expected shortages</source>
        <translation>Grootste verwachte tekorten</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="408"/>
        <source>No register is open.</source>
        <translation>Er is geen register geopend.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="408"/>
        <source>This register has no rounds yet. Add a round and its figures, or import the collection templates of the organisations.</source>
        <translation>Dit register heeft nog geen rondes. Voeg een ronde met cijfers toe, of importeer de uitvraagbestanden van de organisaties.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="416"/>
        <source>Reference date %1, compared with %2</source>
        <translation>Peildatum %1, vergeleken met %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="419"/>
        <source>Reference date %1 (no previous round to compare with)</source>
        <translation>Peildatum %1 (geen vorige ronde om mee te vergelijken)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="458"/>
        <source>55+</source>
        <translation>55+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="459"/>
        <source>60+</source>
        <translation>60+</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="494"/>
        <source>Computing the projection…</source>
        <translation>De raming wordt berekend…</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="503"/>
        <source>The projection could not be computed: %1</source>
        <translation>De raming kon niet worden berekend: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="506"/>
        <source>The largest expected shortages per occupation appear here once the projection is available.</source>
        <translation>De grootste verwachte tekorten per functie verschijnen hier zodra de raming beschikbaar is.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="508"/>
        <source>No shortages expected.</source>
        <translation>Geen tekorten verwacht.</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="512"/>
        <source>fte</source>
        <translation>fte</translation>
    </message>
</context>
<context>
    <name>RegisterTables</name>
    <message>
        <location filename="../ui/models/establishment.py" line="25"/>
        <location filename="../ui/models/flows.py" line="42"/>
        <location filename="../ui/models/sickness.py" line="20"/>
        <location filename="../ui/models/staffing.py" line="32"/>
        <location filename="../ui/models/training.py" line="24"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="26"/>
        <location filename="../ui/models/flows.py" line="43"/>
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
        <location filename="../ui/models/establishment.py" line="81"/>
        <source>Establishment is not filled fte + open fte; check which figure is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="92"/>
        <source>edit establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/establishment.py" line="93"/>
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
        <location filename="../ui/models/flows.py" line="31"/>
        <source>Joiners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="32"/>
        <source>Leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="46"/>
        <source>Joiners
total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="50"/>
        <source>Leavers
total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="52"/>
        <source>Persons at
start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="53"/>
        <source>Persons in the previous round (or in this round when the previous round has none); leavers cannot exceed these plus the joiners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="95"/>
        <source>edit joiners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/flows.py" line="96"/>
        <source>edit leavers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/sickness.py" line="21"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/sickness.py" line="22"/>
        <source>Municipality</source>
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
        <location filename="../ui/models/staffing.py" line="99"/>
        <source>edit staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/table.py" line="221"/>
        <source>{row}, column “{column}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/training.py" line="26"/>
        <source>Training route</source>
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
        <location filename="../ui/pages/overview.py" line="160"/>
        <source>Region (all occupations)</source>
        <translation>Regio (alle functies)</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="176"/>
        <source>Occupation</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="218"/>
        <source>Hidden: built from fewer persons than the small-number threshold</source>
        <translation>Verborgen: gebaseerd op minder personen dan de drempel voor kleine aantallen</translation>
    </message>
    <message>
        <location filename="../ui/pages/overview.py" line="226"/>
        <source>Previous round (%1): %2 (%3)</source>
        <translation>Vorige ronde (%1): %2 (%3)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../ui/app.py" line="87"/>
        <source>Preparing the demo register (fictitious figures)…</source>
        <translation>Demoregister wordt klaargezet (fictieve cijfers)…</translation>
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
        <location filename="../ui/commands.py" line="149"/>
        <source>No register is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="156"/>
        <source>Not saved (not confirmed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="175"/>
        <source>add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="194"/>
        <source>reactivate organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="196"/>
        <source>deactivate organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="198"/>
        <source>rename organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="200"/>
        <source>edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="221"/>
        <source>add occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="236"/>
        <source>edit occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="254"/>
        <source>add round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="281"/>
        <source>close round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/commands.py" line="282"/>
        <source>reopen round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <location filename="../ui/format.py" line="75"/>
        <source>pp</source>
        <comment>percentage points, abbreviated</comment>
        <translation>%-punt</translation>
    </message>
</context>
<context>
    <name>levers</name>
    <message>
        <location filename="../ui/levers.py" line="305"/>
        <source>Back to the scenario's value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="307"/>
        <source>Reset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/levers.py" line="360"/>
        <source>Levers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
