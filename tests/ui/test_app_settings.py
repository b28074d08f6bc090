"""Settings: every key declared once; stored values converted to the declared type."""

from __future__ import annotations

from hrplanner.ui import settings


def test_defaults_when_nothing_was_stored(settings_dir):
    assert settings.get(settings.LANGUAGE) == ""
    assert settings.get(settings.SMALL_NUMBER_THRESHOLD) == 5
    assert settings.get(settings.BACKUP_COUNT) == 10
    assert settings.get(settings.MONTE_CARLO_DRAWS) == 1000
    assert settings.get(settings.RECENT_FILES) == []
    assert settings.settings_location() == str(settings_dir / "hrplanner.ini")


def test_values_written_by_hand_are_converted_or_fall_back(settings_dir):
    store = settings.qsettings()
    store.setValue(settings.SMALL_NUMBER_THRESHOLD.key, "7")
    store.setValue(settings.MONTE_CARLO_DRAWS.key, "veel")
    store.setValue(settings.BACKUP_COUNT.key, "100000")  # above the maximum of 100
    store.setValue(settings.RECENT_FILES.key, "/data/een.hrplan")  # an INI file stores one item as text
    store.sync()
    assert settings.get(settings.SMALL_NUMBER_THRESHOLD) == 7
    assert settings.get(settings.MONTE_CARLO_DRAWS) == 1000
    assert settings.get(settings.BACKUP_COUNT) == 10
    assert settings.get(settings.RECENT_FILES) == ["/data/een.hrplan"]


def test_put_stores_the_declared_type_and_reset_forgets(settings_dir):
    settings.put(settings.USER_NAME, "J. de Vries")
    settings.put(settings.SMALL_NUMBER_THRESHOLD, 10)
    text = (settings_dir / "hrplanner.ini").read_text(encoding="utf-8")
    assert "small_number_threshold=10" in text and "user_name=J. de Vries" in text
    settings.reset(settings.USER_NAME)
    assert settings.get(settings.USER_NAME) == ""
    assert settings.get(settings.SMALL_NUMBER_THRESHOLD) == 10
    settings.reset()
    assert settings.get(settings.SMALL_NUMBER_THRESHOLD) == 5


def test_every_key_is_declared_once():
    keys = [s.key for s in settings.ALL_SETTINGS]
    assert len(keys) == len(set(keys))


def test_last_directory_falls_back_to_home(tmp_path):
    from pathlib import Path

    assert settings.last_directory() == str(Path.home())
    settings.remember_directory(tmp_path / "map" / "x.hrplan")
    assert settings.get(settings.LAST_DIRECTORY) == str(tmp_path / "map")
    assert settings.last_directory() == str(Path.home())  # the folder does not exist
    (tmp_path / "map").mkdir()
    assert settings.last_directory() == str(tmp_path / "map")
