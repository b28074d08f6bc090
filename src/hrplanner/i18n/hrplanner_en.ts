<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CoordinationPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/coordination.py" line="396"/>
        <source>%n organisation(s) left out in this view: small numbers.</source>
        <translation>
            <numerusform>%n organisation left out in this view: small numbers.</numerusform>
            <numerusform>%n organisations left out in this view: small numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcelActions</name>
    <message numerus="yes">
        <location filename="../ui/actions_excel.py" line="236"/>
        <source>Import cancelled: %1 of %Ln file(s) imported or unchanged, %2 not read</source>
        <translation>
            <numerusform>Import cancelled: %1 of %Ln file imported or unchanged, %2 not read</numerusform>
            <numerusform>Import cancelled: %1 of %Ln files imported or unchanged, %2 not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/actions_excel.py" line="240"/>
        <source>Import: %1 of %Ln file(s) imported or unchanged</source>
        <translation>
            <numerusform>Import: %1 of %Ln file imported or unchanged</numerusform>
            <numerusform>Import: %1 of %Ln files imported or unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message numerus="yes">
        <location filename="../ui/pages/coordination_plan.py" line="439"/>
        <source>Short by %n place(s): the organisations' supervisors cannot take on the whole advice.</source>
        <translation>
            <numerusform>Short by %n place: the organisations' supervisors cannot take on the whole advice.</numerusform>
            <numerusform>Short by %n places: the organisations' supervisors cannot take on the whole advice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterTable</name>
    <message numerus="yes">
        <location filename="../ui/pages/register_table.py" line="144"/>
        <source>paste %n cell(s)</source>
        <translation>
            <numerusform>paste %n cell</numerusform>
            <numerusform>paste %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/register_table.py" line="156"/>
        <source>clear %n cell(s)</source>
        <translation>
            <numerusform>clear %n cell</numerusform>
            <numerusform>clear %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioListModel</name>
    <message numerus="yes">
        <location filename="../ui/models/scenario_list.py" line="45"/>
        <source>%1 (%Ln change(s))</source>
        <translation>
            <numerusform>%1 (%Ln change)</numerusform>
            <numerusform>%1 (%Ln changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingEffortChart</name>
    <message numerus="yes">
        <location filename="../ui/charts/coordination_training.py" line="118"/>
        <source>%n organisation(s) left out: small numbers</source>
        <translation>
            <numerusform>%n organisation left out: small numbers</numerusform>
            <numerusform>%n organisations left out: small numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message numerus="yes">
        <location filename="../ui/commands/base.py" line="51"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
