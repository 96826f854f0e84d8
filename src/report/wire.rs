//! The output contract (DESIGN.md): JSON structs built from domain types.
//! Other tools read these fields: add fields, never rename them.

use serde::Serialize;
use serde_json::Value;

/// A number as JSON: integral values without a trailing `.0`.
pub fn number(v: f64) -> Value {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        Value::from(v as i64)
    } else {
        Value::from(v)
    }
}

#[derive(Serialize, Debug)]
pub struct Interval {
    pub min: Value,
    pub max: Value,
}

#[derive(Serialize, Debug)]
#[serde(untagged)]
pub enum Date {
    Resolved {
        from: String,
        to: String,
        grain: &'static str,
    },
    Partial {
        grain: &'static str,
        month: Option<u32>,
        day: Option<u32>,
        year: Option<i32>,
    },
}

#[derive(Serialize, Debug)]
pub struct ClaimRef {
    pub key: String,
    pub event: Option<String>,
    pub agent: Option<String>,
    pub place: Option<String>,
    pub scope: String,
    /// The area the figure covers ("national"), when its sentence says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    pub measure: String,
    pub modality: &'static str,
    pub attribution: Option<String>,
}

/// One line of `recoupe extract --format jsonl`.
#[derive(Serialize, Debug)]
pub struct Mention {
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub text: String,
    pub kind: &'static str,
    pub value: Option<Interval>,
    pub approx: &'static str,
    pub unit: Option<String>,
    pub counted: Option<String>,
    pub date: Option<Date>,
    /// A time of day, only when the mention states one (add-only field).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<Time>,
    /// A span of the last or next hours, in seconds from publication (add-only field).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from_now: Option<FromNow>,
    pub claim: Option<ClaimRef>,
    pub path: String,
    /// Only for a relative ordinal ("l'avant-dernier"), whose `value` is null.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative: Option<Relative>,
}

/// A relative ordinal: `{"relative_to":"end","offset":-1}`.
#[derive(Serialize, Debug)]
pub struct Relative {
    pub relative_to: &'static str,
    pub offset: i64,
}

/// `{"from_seconds":-86400,"to_seconds":0}` for "les dernières 24 heures".
#[derive(Serialize, Debug)]
pub struct FromNow {
    pub from_seconds: i64,
    pub to_seconds: i64,
}

/// A time of day or span of one: `{"from":"14:00:00","to_exclusive":"16:00:00","grain":"hour"}`.
#[derive(Serialize, Debug)]
pub struct Time {
    pub from: String,
    pub to_exclusive: String,
    pub grain: &'static str,
}

#[derive(Serialize, Debug)]
pub struct FindingClaim {
    pub doc: String,
    pub path: String,
    pub source: Option<String>,
    pub published: Option<String>,
    pub line: usize,
    pub column: usize,
    pub text: String,
    pub value: Option<Interval>,
    pub date: Option<Date>,
    pub shown: String,
    pub sentence: String,
    pub attribution: Option<String>,
    pub modality: &'static str,
    /// How the claim was attached (event, trigger, agent, place, scope).
    pub explain: String,
}

#[derive(Serialize, Debug)]
pub struct Finding {
    pub kind: String,
    pub severity: &'static str,
    pub key: String,
    pub message: String,
    pub confidence: f32,
    pub claims: Vec<FindingClaim>,
}

#[derive(Serialize, Debug, Default)]
pub struct Summary {
    pub articles: usize,
    pub mentions: usize,
    pub claims: usize,
    pub contradictions: usize,
    pub discrepancies: usize,
    pub updates: usize,
    pub corroborations: usize,
    pub internal: usize,
    pub errors: usize,
}

#[derive(Serialize, Debug)]
pub struct CheckOutput {
    pub summary: Summary,
    pub findings: Vec<Finding>,
    pub errors: Vec<String>,
}
