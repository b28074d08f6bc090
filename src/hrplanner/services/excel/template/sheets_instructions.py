"""The instructions sheet (Toelichting) of a collection template: how to fill it in, what each term
means for this reference date (the 12 months of in- and outflow), privacy and competition rules, and
the sheets."""

from __future__ import annotations

from datetime import date

from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

import hrplanner
from hrplanner.domain import reference as ref
from hrplanner.services.excel import layout as L
from hrplanner.services.excel.template import styles as S
from hrplanner.services.excel.template.content import TemplateContext, fictitious_note
from hrplanner.services.excel.textsafe import put_text


def _instruction_sections(context: TemplateContext) -> list[tuple[str, list[tuple[str, str]]]]:
    day = context.reference_date
    start = ref.flow_period_start(day)
    d = day.strftime("%d-%m-%Y")
    bands = ", ".join(ref.AGE_BANDS)
    origins = ", ".join(L.ORIGIN_HEADERS[o].lower() for o in ref.ORIGINS)
    destinations = ", ".join(L.DESTINATION_HEADERS[d].lower() for d in ref.DESTINATIONS)
    routes = ", ".join(L.route_label(r) for r in ref.TRAINING_ROUTES)
    return [
        ("Zo vult u dit bestand in", [
            ("1.", "Vul alleen de gele cellen in. De andere cellen zijn beveiligd (zonder wachtwoord); "
                   "verander niets aan bladnamen, regels en kolommen."),
            ("2.", "Typ getallen, zonder eenheden of tekst. fte met hoogstens twee decimalen (0,75). "
                   "Het verzuim als percentage (6,3 voor 6,3%). Gebruik geen formules: typ de uitkomst."),
            ("3.", "Een lege gele cel telt als 0. Alleen de formatie mag leeg blijven als die niet "
                   "bekend is. Vul alleen regels in voor functies die u in dienst heeft."),
            ("4.", "Grijze kolommen tonen uw cijfers van de vorige peildatum, ter vergelijking. Groene "
                   "kolommen rekenen mee; een rode cel wijst op een fout of verschil."),
            ("5.", "Sla het bestand op als Excel-werkmap (.xlsx), zonder wachtwoord en zonder macro's, "
                   "en stuur het terug aan de regionale coördinator. Een nieuwe inzending vervangt de vorige."),
        ]),
        ("Begrippen", [
            ("Peildatum", f"De datum waarop de cijfers betrekking hebben: {d}. Bezetting, formatie, "
                          f"vacatures en opleiding tellen op die dag; in- en uitstroom tellen over de 12 "
                          f"maanden ervoor ({start.strftime('%d-%m-%Y')} tot en met {d})."),
            ("Bezetting", "Het aantal personen (hoofden) en fte dat op de peildatum bij uw organisatie in "
                          "dienst is, per functie, leeftijdsklasse en geslacht. Tel iedereen één keer, in de "
                          "functie met de meeste uren."),
            ("fte", "Voltijdbanen: 1 fte is een volledige werkweek volgens uw cao. Iemand die de helft "
                    "werkt telt als 1 persoon en 0,5 fte."),
            ("Leeftijdsklasse", f"Leeftijd op de peildatum, in de klassen {bands}."),
            ("Formatie", "De begrote fte voor de functie. Formatie = bezette fte + openstaande "
                         "vacature-fte; een verschil mag, en wordt getoond, niet gecorrigeerd."),
            ("Vacature", "Een openstaande positie waarvoor u op de peildatum werft: het aantal vacatures "
                         "en de fte daarvan."),
            ("Moeilijk vervulbaar", "Een vacature die op de peildatum 3 maanden of langer openstaat."),
            ("Instroom", f"Personen die in de 12 maanden tot de peildatum in de functie bij u in dienst "
                         f"kwamen, naar herkomst: {origins}."),
            ("Uitstroom", f"Personen die in die 12 maanden uit dienst gingen, naar bestemming: "
                          f"{destinations}."),
            ("Opleiding", f"Per functie en opleidingsroute ({routes}): het aantal mensen in opleiding op "
                          f"de peildatum, de geplande instroom volgend jaar, het aantal opleidingsplaatsen "
                          f"(praktijk-, stage- of BBL-plaatsen) dat u aanbiedt en het aantal "
                          f"gekwalificeerde praktijkbegeleiders."),
            ("Verzuim", "Het ziekteverzuimpercentage van de hele organisatie; nooit per persoon."),
        ]),
        ("Privacy en mededinging", [
            ("Alleen totalen", "Dit bestand vraagt alleen aantallen. Vermeld geen namen, geboortedata, "
                               "personeelsnummers of salarissen."),
            ("Kleine aantallen", "In overzichten die buiten uw organisatie gedeeld worden, blijven cellen "
                                 "met kleine aantallen (standaard minder dan 5 personen) verborgen."),
            ("Mededinging", "De regio deelt alleen samengetelde cijfers om samen op te leiden en te "
                            "plannen; er worden geen afspraken gemaakt over werving of salarissen."),
        ]),
    ]


def _text_height(text: str, width: float) -> float:
    """Row height for wrapped text (spreadsheet programs do not size rows of generated files)."""
    lines = max(1, -(-len(text) // int(width * 1.12)))
    return 15.0 * lines + 2


def write_instructions(ws: Worksheet, context: TemplateContext) -> None:
    ws.column_dimensions["A"].width = 2
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 92
    ws.sheet_view.showGridLines = False
    put_text(ws["B1"], "Uitvraag personeelsgegevens jeugdhulp").font = S.BIG_TITLE_FONT
    ws.row_dimensions[1].height = 24
    put_text(ws["B2"], f"Regio {context.region}").font = S.NORMAL
    row = 3
    if context.fictitious:
        put_text(ws.cell(row, 2), fictitious_note(context).strip()).font = S.WARN_FONT
    info = [("Organisatie", context.organisation), ("Peildatum", context.reference_date),
            ("Ronde", context.round_label or context.reference_date.isoformat())]
    first = ws[L.INSTRUCTIONS_ORGANISATION_CELL]
    for number, (label, value) in enumerate(info):
        put_text(ws.cell(first.row + number, first.column - 1), label).font = S.BOLD
        cell = ws.cell(first.row + number, first.column)
        if isinstance(value, date):
            cell.value = value
            cell.number_format = "DD-MM-YYYY"
            cell.alignment = Alignment(horizontal="left")
        else:
            put_text(cell, value)
        cell.font = S.BOLD
    row = 8
    put_text(ws.cell(row, 2), "Kleuren").font = S.BOLD
    legend = [(S.INPUT_FILL, "Invullen"), (S.REF_FILL, "Vorige peildatum (ter vergelijking)"),
              (S.FORMULA_FILL, "Rekent mee (niet invullen)"), (S.ERROR_FILL, "Fout of verschil: controleer")]
    for number, (fill, text) in enumerate(legend):
        cell = put_text(ws.cell(row + number, 3), text)
        cell.fill, cell.border, cell.font = fill, S.BOX, S.NORMAL
    row += len(legend) + 1
    for heading, items in _instruction_sections(context):
        cell = put_text(ws.cell(row, 2), heading)
        cell.font = S.TITLE_FONT
        ws.row_dimensions[row].height = 22
        row += 1
        for term, text in items:
            put_text(ws.cell(row, 2), term).font = S.BOLD
            ws.cell(row, 2).alignment = S.WRAP
            body = put_text(ws.cell(row, 3), text)
            body.alignment, body.font = S.WRAP, S.NORMAL
            ws.row_dimensions[row].height = _text_height(text, 92)
            row += 1
        row += 1
    cell = put_text(ws.cell(row, 2), "De bladen")
    cell.font = S.TITLE_FONT
    row += 1
    for spec in L.TOPIC_SHEETS:
        put_text(ws.cell(row, 2), spec.name).font = S.BOLD
        body = put_text(ws.cell(row, 3), spec.title)
        body.alignment, body.font = S.WRAP, S.NORMAL
        row += 1
    row += 1
    created = context.created.astimezone().strftime("%d-%m-%Y %H:%M")
    footer = put_text(ws.cell(row, 2), f"Sjabloonversie {L.TEMPLATE_VERSION}, gemaakt op {created} met "
                                       f"hrplanner {hrplanner.__version__}.")
    footer.font = S.NOTE_FONT
    S.protect_and_print(ws, None)
