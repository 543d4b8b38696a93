"""Round 42: a logo's label of a name with a comma, an icon's label, and an e-mail
alert's button and sender tag. Made-up texts, with a line of the story of a like shape
that must stay."""

from __future__ import annotations

from mhbrief.importer.message_alerts import alert_button, sender_tag
from mhbrief.importer.widget_lines import image_label, logo_name

from .drafts import draft_data, kept_text

_STORY = "De Havenstichting opende maandag een opvang voor slachtoffers van uitbuiting."
_STORY_EN = "The Harbour Trust opened a shelter for victims of labour exploitation on Monday."


def test_a_logo_label_of_a_name_with_a_comma() -> None:
    label = "Logo Ministerie van Haven, Zee en Strand"
    assert image_label(label)
    data = draft_data(f"{label}\n\nNieuwe opvang in de haven\n\n{_STORY}\n")
    assert data["title"] == "Nieuwe opvang in de haven"
    assert not image_label("Logo's, kleuren en letters zijn vernieuwd.")
    assert not image_label("Het logo van Haven, Zee en Strand is nieuw.")


def test_an_icons_label() -> None:
    assert image_label("Message Type Icon")
    assert image_label("Share icon")
    assert logo_name("Message Type Icon") is None  # names no site
    assert not image_label("She became a fashion icon in the nineties.")
    data = draft_data(
        f"Harbour Watch\nAlert Level Icon\n\nShelter opens its doors\n\n{_STORY_EN}\n"
    )
    assert data["title"] == "Shelter opens its doors"
    assert "Alert Level Icon" not in str(data)


def test_an_alerts_button_and_sender_tag() -> None:
    assert alert_button("Reply to this message")
    assert alert_button("Unsubscribe from these alerts")
    assert sender_tag("(Council, Press officer, Communications Team)")
    assert not sender_tag("(Police, fire and ambulance crews were at the scene.)")
    assert not alert_button("Officers will reply to this message within a week.")
    data = draft_data(
        f"Shelter opens its doors\n\n{_STORY_EN}\n\nReply to this message\n\n"
        "Message Sent By\nAnn Lee\n(Council, Press officer, Communications Team)\n"
    )
    kept = kept_text(data)
    assert "Reply to this message" not in kept
    assert "Press officer, Communications Team" not in kept
    assert _STORY_EN in kept
