from pathlib import Path

import pytest

from clb4u_desk.config import load_settings
from clb4u_desk.domain.errors import ConfigurationError


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_layers_apply_in_order_system_user_environment_cli(tmp_path: Path) -> None:
    system = _write(
        tmp_path / "system.toml",
        """
[database]
url = "postgresql://desk@db.lan/clb4u"
[smtp]
host = "mail.lan"
port = 587
[ui]
language = "en"
""",
    )
    user = _write(
        tmp_path / "user.toml",
        """
[smtp]
port = 2525
""",
    )
    environ = {"CLB4U_SMTP_HOST": "relay.lan", "CLB4U_SMTP_STARTTLS": "yes"}
    settings = load_settings(
        system_file=system,
        user_file=user,
        environ=environ,
        cli_overrides={"ui": {"language": "vi"}},
    )
    assert settings.database.url == "postgresql://desk@db.lan/clb4u"  # system only
    assert settings.smtp.port == 2525  # user beats system
    assert settings.smtp.host == "relay.lan"  # environment beats system
    assert settings.smtp.starttls is True
    assert settings.ui.language == "vi"  # the command line beats everything


def test_defaults_put_sqlite_in_the_user_data_dir(tmp_path: Path) -> None:
    settings = load_settings(
        system_file=tmp_path / "none.toml", user_file=tmp_path / "no.toml", environ={}
    )
    assert settings.database.url.startswith("sqlite:///")
    assert settings.database.url.endswith("desk.sqlite3")
    demo = load_settings(
        system_file=tmp_path / "none.toml",
        user_file=tmp_path / "no.toml",
        environ={},
        cli_overrides={"demo": True},
    )
    assert demo.database.url.endswith("demo.sqlite3")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[database]\nurl = 5\n", "wrong kind"),
        ("[nonsense]\nx = 1\n", "Unknown setting 'nonsense'"),
        ('[smtp]\nport = "many"\n', "wrong kind"),
        ('[ui]\nlanguage = "fr"\n', "'vi' or 'en'"),
        ("this is = = not toml", "cannot be read"),
    ],
)
def test_bad_config_files_say_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    bad = _write(tmp_path / "bad.toml", text)
    with pytest.raises(ConfigurationError, match=message):
        load_settings(system_file=bad, user_file=tmp_path / "none.toml", environ={})


def test_demo_never_opens_a_configured_database(tmp_path: Path) -> None:
    # A workstation whose system config names the team's server: --demo must still open
    # its own SQLite file, so invented people never reach the shared database.
    system = _write(
        tmp_path / "system.toml", '[database]\nurl = "postgresql://desk@db.lan/clb4u"\n'
    )
    environ = {"CLB4U_DATABASE_URL": "postgresql://desk@other.lan/clb4u"}
    demo = load_settings(
        system_file=system,
        user_file=tmp_path / "no.toml",
        environ=environ,
        cli_overrides={"demo": True},
    )
    assert demo.database.url.startswith("sqlite:///")
    assert demo.database.url.endswith("demo.sqlite3")
    assert demo.database.password == "none"
    with pytest.raises(ConfigurationError, match="leave out --database"):
        load_settings(
            system_file=system,
            user_file=tmp_path / "no.toml",
            environ={},
            cli_overrides={"demo": True, "database": {"url": "sqlite:///x.db"}},
        )


def test_the_readme_example_config_is_valid(tmp_path: Path) -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    settings = load_settings(
        system_file=_write(tmp_path / "config.toml", example),
        user_file=tmp_path / "no.toml",
        environ={},
    )
    assert settings.database.url == "postgresql://desk@db.clb4u.lan:5432/clb4u"
    assert settings.smtp.host == "mail.clb4u.lan"
    assert settings.smtp.port == 587
    assert settings.ui.language == "vi"
