//! What a sentence says around its figures: event triggers, entities (and
//! whether each names who acts or where), scope markers, attribution cues and
//! modality markers, each with its byte span.

use crate::grammar::{FormKind, Grammar};
use crate::span::Span;
use crate::text::normalize::{is_space, word_starts, Lexicon};

/// How an entity is used where it is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Who acts: "la Russie est intervenue", "l'armée syrienne", "négociée par la Turquie".
    Agent,
    /// Where: "en Syrie", "à Alep".
    Place,
    /// Neither: "branche syrienne d'Al-Qaïda".
    Other,
}

#[derive(Clone, Copy, Debug)]
pub struct EntityMention {
    pub span: Span,
    pub entity: usize,
    pub role: Role,
    /// Named after a place preposition ("en Syrie").
    pub located: bool,
    /// Introduced by an agent preposition ("négociée par la Turquie").
    pub passive: bool,
}

/// Everything the claim stage needs to know about one sentence.
#[derive(Clone, Debug, Default)]
pub struct SentenceContext {
    pub triggers: Vec<(Span, usize)>,
    pub entities: Vec<EntityMention>,
    pub scopes: Vec<(Span, usize)>,
    pub attribution: Option<Span>,
    pub conditional: Vec<Span>,
    pub negation: Vec<Span>,
    pub future: Vec<Span>,
}

fn scan<T: Copy>(lex: &Lexicon<T>, text: &str, span: Span) -> Vec<(Span, T)> {
    lex.scan(text, span.start, span.end)
        .into_iter()
        .map(|(s, e, v)| (Span::new(s, e), *v))
        .collect()
}

/// Does a form of `lex` end right before `pos` (only spaces between)?
fn preceded_by<T>(lex: &Lexicon<T>, text: &str, floor: usize, pos: usize) -> Option<usize> {
    let from = text[..pos]
        .char_indices()
        .rev()
        .take(40)
        .last()
        .map_or(pos, |(p, _)| p)
        .max(floor);
    let starts: Vec<usize> = word_starts(text, from, pos).collect();
    for st in starts.iter().rev().take(4).rev() {
        if let Some((len, _)) = lex.longest(&text[*st..pos]) {
            let gap = &text[st + len..pos];
            if gap.chars().all(is_space) {
                return Some(*st);
            }
        }
    }
    None
}

/// Is there an agent head noun among the few words before `pos`?
fn head_before(g: &Grammar, text: &str, floor: usize, pos: usize, words: usize) -> bool {
    let from = text[..pos]
        .char_indices()
        .rev()
        .take(50)
        .last()
        .map_or(pos, |(p, _)| p)
        .max(floor);
    let starts: Vec<usize> = word_starts(text, from, pos).collect();
    starts
        .iter()
        .rev()
        .take(words)
        .any(|&st| g.agent_heads.longest(&text[st..pos]).is_some())
}

impl SentenceContext {
    /// The context of a sentence; without `full`, only its entities.
    pub fn of(text: &str, span: Span, g: &Grammar, full: bool) -> SentenceContext {
        let entities = scan(&g.entity_forms, text, span)
            .into_iter()
            .map(|(s, form)| classify(g, text, span, s, form.entity, form.kind))
            .collect();
        if !full {
            return SentenceContext {
                entities,
                ..SentenceContext::default()
            };
        }
        let attribution =
            g.source_cues
                .scan(text, span.start, span.end)
                .first()
                .map(|&(s, _, _)| {
                    let rest = &text[s..span.end];
                    let end = rest
                        .find([',', '.', ';', '«', '»', '(', ':'])
                        .unwrap_or(rest.len())
                        .min(80);
                    let end = (0..=end)
                        .rev()
                        .find(|&e| rest.is_char_boundary(e))
                        .unwrap_or(0);
                    Span::new(s, s + rest[..end].trim_end().len())
                });
        SentenceContext {
            triggers: scan(&g.triggers, text, span),
            entities,
            scopes: scan(&g.scope_forms, text, span),
            attribution,
            conditional: scan(&g.conditional, text, span)
                .into_iter()
                .map(|(s, _)| s)
                .collect(),
            negation: scan(&g.negation, text, span)
                .into_iter()
                .map(|(s, _)| s)
                .collect(),
            future: scan(&g.future, text, span)
                .into_iter()
                .map(|(s, _)| s)
                .collect(),
        }
    }
}

fn classify(
    g: &Grammar,
    text: &str,
    sentence: Span,
    s: Span,
    entity: usize,
    kind: FormKind,
) -> EntityMention {
    let geographic = matches!(
        g.entities[entity].kind.as_str(),
        "country" | "city" | "region"
    );
    let first_upper = s.of(text).chars().next().is_some_and(|c| c.is_uppercase());
    let located = preceded_by(&g.place_preps, text, sentence.start, s.start).is_some();
    let passive = preceded_by(&g.agent_preps, text, sentence.start, s.start).is_some();
    let role = if kind == FormKind::Adjective && !first_upper {
        // "l'armée syrienne" names who acts; "la guerre civile syrienne" does not.
        if head_before(g, text, sentence.start, s.start, 2) {
            Role::Agent
        } else {
            Role::Other
        }
    } else if passive {
        Role::Agent
    } else if located {
        if geographic {
            Role::Place
        } else {
            Role::Other
        }
    } else if let Some(prep) = preceded_by(&g.complement_preps, text, sentence.start, s.start) {
        if head_before(g, text, sentence.start, prep, 1) {
            Role::Agent
        } else {
            Role::Other
        }
    } else {
        Role::Agent
    };
    EntityMention {
        span: s,
        entity,
        role,
        located,
        passive,
    }
}

/// Distance between two spans, with a penalty for every clause boundary
/// between them: a figure belongs first to its clause.
pub fn distance(text: &str, a: Span, b: Span) -> usize {
    if a.start < b.end && b.start < a.end {
        return 0;
    }
    let (lo, hi) = if a.end <= b.start {
        (a.end, b.start)
    } else {
        (b.end, a.start)
    };
    let between = &text[lo..hi];
    let clauses = between
        .chars()
        .filter(|c| {
            matches!(
                c,
                ',' | ';' | ':' | '(' | ')' | '«' | '»' | '"' | '“' | '”' | '—'
            )
        })
        .count();
    between.chars().count() + 40 * clauses
}
