from mhbrief.suggest import FEW, closest, closest_value, did_you_mean, few_listed, meant_value


def test_closest_value_corrects_a_typo_in_a_theme_or_name() -> None:
    assert closest_value("financieel", ["financiering", "digitaal"]) == "financiering"
    assert closest_value("ceulers", ["Shamir Ceuleers", "ceuleers"]) == "ceuleers"


def test_closest_value_never_swaps_one_numbered_id_for_another() -> None:
    assert closest_value("actielijn-9", ["actielijn-5", "actielijn-1"]) is None
    assert closest_value("plan/actielijn-9", ["plan/actielijn-1.1", "plan/h4.2"]) is None
    assert closest_value("actielijn-9", ["actielijn-1.1"]) is None
    assert closest_value("actielijnn-9", ["actielijn-9"]) == "actielijn-9"


def test_closest_value_is_silent_for_a_known_value_in_another_case() -> None:
    assert closest_value("Digitaal", ["digitaal"]) is None


def test_closest_value_is_stricter_than_closest() -> None:
    # ratio 0.67: close enough for a mistyped key, too far to rewrite a query's filter
    assert closest("abcdef", ["abcdxy"]) == "abcdxy"
    assert closest_value("abcdef", ["abcdxy"]) is None


def test_did_you_mean_phrase() -> None:
    assert did_you_mean("speakr", ["speaker", "role"]) == " (did you mean 'speaker'?)"
    assert did_you_mean("zzz", ["speaker"]) == ""


def test_meant_value_is_a_typo_or_the_one_known_id_the_typed_one_starts() -> None:
    assert meant_value("opvang", ["opvang-en-zorg", "digitaal"]) == "opvang-en-zorg"
    assert meant_value("Opvang", ["opvang-en-zorg"]) == "opvang-en-zorg"
    assert meant_value("digitale", ["digitaal", "digitaal-en-online"]) == "digitaal"  # a typo first
    assert meant_value("opvang", ["opvang-en-zorg", "opvang-minderjarigen"]) is None  # which?
    assert meant_value("op", ["opvang-en-zorg"]) is None  # too short to be meant
    # Another number is another section, even where the id starts the same.
    assert meant_value("actielijn-1", ["actielijn-1.1"]) is None
    assert meant_value("actielijn", ["actielijn-1"]) == "actielijn-1"


def test_few_known_ids_are_listed_sorted_many_are_not() -> None:
    assert few_listed({"zorg", "digitaal"}) == "digitaal, zorg"
    assert few_listed([f"t{n}" for n in range(FEW + 1)]) is None
    assert few_listed([]) is None


def test_an_id_that_differs_only_in_its_number_is_never_suggested() -> None:
    """``quote-2`` deleted: ``quote-3`` is another item, not what was meant."""
    from mhbrief.suggest import id_hint, meant_value

    known = ["b/quote-1", "b/quote-3", "b/geld"]
    assert meant_value("b/quote-2", known) is None
    assert id_hint("b/quote-2", known) == ""
    assert meant_value("b/qoute-3", known) == "b/quote-3"  # a typo still is


def test_a_value_sharing_only_some_words_is_not_suggested() -> None:
    """``digitale-uitbuiting`` is another theme than ``criminele-uitbuiting`` (difflib
    rated them 0.77 for the shared ``-uitbuiting``), easy to accept by mistake."""
    known = ["criminele-uitbuiting", "kinderen-en-jongeren", "financiering"]
    assert closest_value("digitale-uitbuiting", known) is None
    assert closest_value("seksuele-uitbuiting", known) is None
    assert closest_value("criminele-uitbuitng", known) == "criminele-uitbuiting"
    assert closest_value("uitbuiting-criminele", known) == "criminele-uitbuiting"  # reordered
    assert closest_value("kinderen-jongeren", known) == "kinderen-en-jongeren"  # 'en' left out
    assert closest_value("kinderenjongeren", known) == "kinderen-en-jongeren"
    assert closest_value("kind-en-jong", known) == "kinderen-en-jongeren"  # shortened
