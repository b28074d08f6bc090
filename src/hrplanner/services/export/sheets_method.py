"""The methods sheet (Methode): the projection model and the coordination figures explained in plain
Dutch, for steering-group members who are not analysts. On paper a heading stays with its text."""

from __future__ import annotations

from openpyxl.workbook import Workbook

from hrplanner.domain.disclosure import MARK
from hrplanner.domain.rounding import round_half_up

from . import styles as S
from .content import ExportContent

SHEET = "Methode"
TEXT_WIDTH = 120


def _percent(value: float | None) -> str:
    return "\u2013" if value is None else f"{round_half_up(value * 100, 1)}%".replace(".", ",")


def _fte(value: float) -> str:
    return f"{round_half_up(value, 1):,}".replace(",", " ").replace(".", ",").replace(" ", ".")


def _backtest(content: ExportContent) -> list[str]:
    """The backtest of the previous round's projection against this round (services.backtest)."""
    pair = content.backtest
    if pair is None:
        return ["Er is geen eerdere ronde om de raming van toen met deze ronde te vergelijken."]
    fte = pair.region["fte"]
    lines = [
        f"De raming van {pair.start.strftime('%d-%m-%Y')} voor {pair.end.year}, regio: {_fte(fte.projected)} fte; "
        f"gemeten: {_fte(fte.recorded)} fte; {_percent(fte.percent)} (afwijking = gemeten min geraamd, als deel "
        "van het gemeten aantal). Per beroep staat de vergelijking van personen, fte, vertrekkers en vraag in "
        "de uitvoer van het commando hrplanner backtest.",
    ]
    if pair.supply_error_per_year is not None:
        where = {"below": "onder", "within": "binnen", "above": "boven"}[pair.benchmark]
        lines.append(f"Dat is {_percent(pair.supply_error_per_year)} per jaar, {where} de 0,2-0,9% per jaar die het "
                     "Capaciteitsorgaan in de evaluatie van zijn eigen ramingen vond tegen het gerealiseerde aanbod.")
    return lines


def _sections(content: ExportContent) -> list[tuple[str, list[str]]]:
    base = content.reference_date.year
    results = content.results
    adjustment = results[0].params.adjustment_year if results else base + 2
    trend = results[0].params.trend_year if results else base + 10
    equilibrium = " en ".join(str(y) for y in content.equilibrium_years) or f"{base + 12} en {base + 18}"
    return [
        ("Wat de raming doet", [
            "De raming berekent per beroep, voor de regio als geheel, jaar voor jaar tot twintig jaar na de "
            f"peildatum hoeveel fte er beschikbaar is (het aanbod) en hoeveel er nodig is (de vraag). Het "
            "verschil is het tekort. Het model volgt het ramingsmodel van het Capaciteitsorgaan (Van "
            "Greuningen, Batenburg en Van der Velden, 2012), aangepast voor een regio met veel organisaties.",
            f"Basisjaar is {base}, het jaar van de peildatum. Vanaf het bijsturingsjaar ({adjustment}) kan de "
            "instroom in de opleidingen nog worden veranderd; de jaren daarvoor liggen vast.",
        ]),
        ("Aanbod", [
            "Huidige bezetting: de personen en fte die op de peildatum in het beroep werken, opgeteld over "
            "alle organisaties in de regio.",
            "Uitstroom: wie het beroep in de regio verlaat, door pensioen (de leeftijdsgroepen worden elk "
            "jaar een jaar ouder) of door vertrek naar een andere sector of naar jeugdzorg buiten de regio, "
            "zoals waargenomen in de in- en uitstroom van de afgelopen twaalf maanden. Wie overstapt naar een "
            "andere organisatie in de regio, blijft in het regionale aanbod.",
            "Opleidingsstromen: (1) de leerlingen die nu in opleiding zijn, (2) de instroom die tot het "
            "bijsturingsjaar al besloten is, en (3) de instroom vanaf het bijsturingsjaar: de knop waaraan "
            "de regio kan draaien. Het intern rendement is het deel van de leerlingen dat de opleiding "
            "afmaakt; het extern rendement is het deel van de gediplomeerden dat een aantal jaren later nog "
            "in het beroep in de regio werkt.",
            "Overige instroom: zij-instromers, herintreders en mensen die van buiten de regio komen, als "
            "aantal per jaar.",
            "Het aanbod in fte is het aantal personen maal het gemiddelde aantal fte per persoon.",
        ]),
        ("Vraag", [
            "De vraag begint bij de huidige bezetting in fte, verhoogd met de onvervulde vraag op de "
            "peildatum (de open vacatures als deel van de bezette fte). Daarna verandert de vraag met:",
            "\u2022 de demografie: de verandering van het aantal jeugdigen of cli\u00ebnten in de regio;",
            "\u2022 trends per jaar: epidemiologie, sociaal-culturele en vakinhoudelijke ontwikkelingen, "
            "efficiency, verschuiving van taken tussen beroepen (substitutie) en veranderingen in arbeidstijd. "
            f"Trends groeien tot het trendjaar ({trend}) en blijven daarna gelijk, tenzij het scenario ze "
            "duurzaam laat doorgaan.",
        ]),
        ("Tekort", [
            "Tekort = vraag min aanbod, in fte. Een positief getal is een tekort (rood op het blad Tekort per "
            "jaar en in de grafieken), een negatief getal een overschot (blauw).",
        ]),
        ("Instroomadvies", [
            "Het instroomadvies is het aantal leerlingen dat vanaf het bijsturingsjaar elk jaar met de "
            "opleiding moet beginnen, zodat het aanbod in het evenwichtsjaar precies gelijk is aan de vraag. "
            f"De werkmap geeft het advies voor twee evenwichtsjaren ({equilibrium}) en zet het naast de "
            "instroom die nu voorzien is.",
            "Duurt de opleiding te lang om v\u00f3\u00f3r het evenwichtsjaar nog gediplomeerden op te leveren, "
            "dan staat dat erbij: opleiden helpt dan pas later, en andere knoppen (behoud, meer uren, "
            "zij-instroom) zijn nodig. Is het aanbod ook zonder nieuwe instroom groter dan de vraag, dan is het "
            "advies 0.",
        ]),
        ("Onzekerheid", [
            "Elke aanname heeft een lage, een midden- en een hoge waarde (blad Aannames). De werkmap toont de "
            "middenvariant. In hrplanner is ook te zien hoe breed de uitkomsten kunnen liggen: een "
            "Monte-Carlo-berekening trekt duizenden keren alle onzekere aannames en geeft het 10e, 50e en 90e "
            "percentiel van tekort en advies.",
        ]),
        ("Hoe goed was de vorige raming?", _backtest(content)),
        ("Co\u00f6rdinatiecijfers", [
            "Vacaturegraad = open fte / (bezette fte + open fte); moeilijk vervulbaar = vacatures die 3 "
            "maanden of langer openstaan. Verloop = vertrekkers / gemiddeld aantal personen. Circulatie = deel "
            "van de instromers dat van een andere organisatie in de regio komt. Vergrijzing = aandeel 55+ en "
            "60+. Opleidingsinspanning = leerlingen per 100 fte, naast het aandeel van de organisatie in de "
            "aanname van pas gediplomeerden.",
            "Het gezamenlijke opleidingsplan verdeelt het instroomadvies per beroep over de organisaties "
            "volgens een regel die de stuurgroep kiest, begrensd door de beschikbare praktijkbegeleiders en "
            "afgerond op hele plaatsen die optellen tot het geheel.",
        ]),
        ("Wat de cijfers wel en niet zeggen", [
            "\u2022 Een raming is geen voorspelling: ze laat zien wat er gebeurt als de aannames uitkomen. "
            "Verander een aanname (blad Aannames) en de uitkomst verandert mee.",
            "\u2022 De raming gaat over de regio als geheel. Elkaars personeel werven verkleint het regionale "
            "tekort niet; alleen opleiden, behouden, meer uren en zij-instroom doen dat.",
            "\u2022 Alle cijfers zijn totalen over groepen. Er staan geen namen en geen salarissen in.",
        ]),
        ("Kleine aantallen: het teken x", [
            f"\u2022 {MARK} = verborgen. {content.rules.describe('nl')} Eén teken voor elk verborgen cijfer, zodat "
            "het teken zelf niets over de grootte verraadt. Een percentage, fte of raming over een verborgen groep "
            "is met die groep verborgen; een totaal over de getoonde beroepen telt alleen die beroepen.",
            "\u2022 Welke extra cijfers verborgen worden, kiest een optimalisatie (zo weinig mogelijk personen "
            "verborgen). Vóór het schrijven probeert de app zelf elk verborgen cijfer terug te rekenen uit alles "
            "wat de werkmap toont (totalen, getoonde cellen, nullen, hele aantallen); lukt dat tot op minder dan "
            f"{content.rules.threshold} nauwkeurig, dan weigert de export.",
            f"\u2022 Instellingen van deze werkmap: drempel {content.rules.threshold} personen; minimaal "
            f"{content.rules.min_contributors} bijdragende organisaties; dominantieregel ({content.rules.dominance_n}, "
            f"{content.rules.dominance_percent}%): een regionaal cijfer is verborgen als de grootste "
            f"{content.rules.dominance_n} organisaties samen meer dan {content.rules.dominance_percent}% leveren.",
        ]),
        ("Herkomst van de cijfers", [
            "\u2022 De cijfers komen van de organisaties zelf, per peildatum. Waar een organisatie iets niet "
            "heeft aangeleverd, ontbreekt het ook in de totalen.",
        ] + (["\u2022 Dit is de demoregio: alle organisaties en cijfers zijn verzonnen."]
             if content.fictitious else [])),
    ]


def add_method(wb: Workbook, content: ExportContent) -> None:
    ws = wb.create_sheet(SHEET)
    S.title_block(ws, "Methode", "Hoe de cijfers in deze werkmap tot stand komen, en wat ze betekenen.", column=2)
    ws.column_dimensions["A"].width = 2
    ws.column_dimensions["B"].width = TEXT_WIDTH
    row = 4
    text_rows = []
    blocks = []
    for heading, paragraphs in _sections(content):
        start = row
        S.section(ws, row, heading, column=2)
        row += 1
        for paragraph in paragraphs:
            S.text(ws, row, 2, paragraph, style=S.TEXT)
            text_rows.append(row)
            row += 1
        blocks.append(range(start, row))
        row += 1
    S.fit_row_heights(ws, text_rows)
    S.keep_together(ws, blocks)  # no heading alone at the bottom of a page
    S.print_setup(ws, content.page, "Methode", title_rows="1:2", freeze="A3")
