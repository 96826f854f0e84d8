//! The default French grammar, embedded in the binary so the tool runs anywhere.

/// `(file name, contents)` of every builtin grammar file.
pub const FILES: &[(&str, &str)] = &[
    (
        "numbers.toml",
        include_str!("../../grammars/fr/numbers.toml"),
    ),
    ("approx.toml", include_str!("../../grammars/fr/approx.toml")),
    ("units.toml", include_str!("../../grammars/fr/units.toml")),
    ("nouns.toml", include_str!("../../grammars/fr/nouns.toml")),
    (
        "calendar.toml",
        include_str!("../../grammars/fr/calendar.toml"),
    ),
    ("time.toml", include_str!("../../grammars/fr/time.toml")),
    ("events.toml", include_str!("../../grammars/fr/events.toml")),
    (
        "entities.toml",
        include_str!("../../grammars/fr/entities.toml"),
    ),
    ("scope.toml", include_str!("../../grammars/fr/scope.toml")),
    (
        "attribution.toml",
        include_str!("../../grammars/fr/attribution.toml"),
    ),
    (
        "segmentation.toml",
        include_str!("../../grammars/fr/segmentation.toml"),
    ),
    (
        "boilerplate.toml",
        include_str!("../../grammars/fr/boilerplate.toml"),
    ),
];
