"""Validation messages in the app speak the UI language, with its number format (issue 13 item 4):
the domain writes "fte per person is 2.50; usually between 0.05 and 1.2", the Dutch app shows
"2,50 fte per persoon; meestal tussen 0,05 en 1,2"."""

from __future__ import annotations

import pytest

from hrplanner.domain import validation as v
from hrplanner.ui.issues import issue_text, rule_text


@pytest.mark.usefixtures("dutch")
def test_fte_per_person_in_dutch_with_dutch_numbers():
    (issue,) = v.check_fte_per_person(2, 5.0)  # 5 fte over 2 persons: 2.5 per person
    assert issue_text(issue) == "fte = 5: 2,50 fte per persoon; meestal tussen 0,05 en 1,2 (bevestig als het klopt)"


@pytest.mark.usefixtures("dutch")
def test_every_number_of_a_rule_is_dutch():
    (issue,) = v.check_establishment_identity(10.0, 8.0, 1.0)  # 10 - (8 + 1) = +1.00
    assert issue_text(issue) == ("begrote fte = 10: de formatie wijkt +1,00 af van de bezette fte (8,00) "
                                 "plus de vacante fte (1,00) (bevestig als het klopt)")
    (issue,) = v.check_vacancies(3, 5, 1.0)
    assert rule_text(issue.rule) == ("vacatures die 3 maanden of langer openstaan (5) kunnen niet meer zijn "
                                     "dan de openstaande vacatures (3)")
    _, (issue,) = v.parse_number("persons", "20000000")
    assert rule_text(issue.rule) == "is onwaarschijnlijk groot (meer dan 10.000.000)"


def test_the_english_app_keeps_the_domains_words():
    (issue,) = v.check_fte_per_person(2, 5.0)
    assert issue_text(issue) == "fte = 5: 2,50 fte per person; usually between 0,05 and 1,2 (confirm if correct)"


@pytest.mark.usefixtures("dutch")
def test_an_unknown_rule_shows_as_written():
    assert rule_text("a brand-new rule 1.5") == "a brand-new rule 1.5"
