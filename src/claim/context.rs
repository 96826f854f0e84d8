//! What a sentence says around its figures: event triggers, entities (and
//! whether each names who acts or where), scope markers, attribution cues and
//! modality markers, each with its byte span.

use crate::grammar::{FormKind, Grammar};
use crate::span::Span;
use crate::text::normalize::{back_from, is_space, word_starts, Lexicon};

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

/// An agent the grammar does not know, as its lowercased content words.
#[derive(Clone, Debug)]
pub struct AdhocAgent {
    pub span: Span,
    pub passive: bool,
    pub words: Vec<String>,
}

/// Everything the claim stage needs to know about one sentence.
#[derive(Clone, Debug, Default)]
pub struct SentenceContext {
    pub triggers: Vec<(Span, usize)>,
    /// "ont commencé à", "a entamé": the trigger after them names the event.
    pub aspectual: Vec<Span>,
    /// "dont", "parmi lesquels": the figures after them are parts.
    pub part_cues: Vec<Span>,
    pub entities: Vec<EntityMention>,
    pub scopes: Vec<(Span, usize)>,
    pub attribution: Option<Span>,
    /// Each "selon …" and verb of saying of the sentence, with the body it
    /// names: a class of `attribution.toml` ("la CGT" → "unions"), else a
    /// proper noun or an agent head, lowercased. A figure's source is the
    /// nearest one: in "85 % selon la CGT, un chiffre contesté par la
    /// direction, qui ne recense que 38 %", 38 % is the management's.
    pub sayers: Vec<(Span, String)>,
    /// Verbs of saying and publishing: "a indiqué", "publiés".
    pub speech: Vec<Span>,
    /// Capitalised names after a place preposition that the grammar does not
    /// know: "à Sarn", "dans la province voisine de Kaldor".
    pub adhoc_places: Vec<(Span, String)>,
    /// Who acts, when the grammar knows no entity for it: the complement of
    /// an agent head ("les avions de la coalition internationale" →
    /// "coalition internationale"), the head alone ("les pompiers"), or a
    /// passive agent ("conduits par la coalition internationale").
    pub adhoc_agents: Vec<AdhocAgent>,
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

/// The spans of every form of `lex` in the sentence, when only where matters.
fn spans<T: Copy>(lex: &Lexicon<T>, text: &str, span: Span) -> Vec<Span> {
    scan(lex, text, span).into_iter().map(|(s, _)| s).collect()
}

/// The future markers of a sentence: the forms `future` lists ("va",
/// "débutera"), and any word in lower case with an ending of the simple
/// future ("s'affronteront") that `not_future` does not list.
fn future(g: &Grammar, text: &str, span: Span) -> Vec<Span> {
    let mut out = spans(&g.future, text, span);
    for (st, word) in words(text, span.start, span.end) {
        let verb = word.chars().next().is_some_and(char::is_lowercase)
            && word.chars().count() > 3
            && g.future_endings.iter().any(|e| word.ends_with(e.as_str()))
            && g.not_future.get(word).is_none();
        if verb && !out.iter().any(|s| s.start == st) {
            out.push(Span::new(st, st + word.len()));
        }
    }
    out.sort_by_key(|s| s.start);
    out
}

/// Does a form of `lex` end right before `pos` (only spaces between)?
fn preceded_by<T>(lex: &Lexicon<T>, text: &str, floor: usize, pos: usize) -> Option<usize> {
    let from = back_from(text, pos, 40, floor);
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
    let from = back_from(text, pos, 50, floor);
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
        let bodies: Vec<(Span, String)> = g
            .sources
            .scan(text, span.start, span.end)
            .into_iter()
            .map(|(s, e, class)| (Span::new(s, e), class.clone()))
            .collect();
        let mut cues: Vec<Span> = g
            .source_cues
            .scan(text, span.start, span.end)
            .into_iter()
            .map(|(s, _, _)| {
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
            })
            .collect();
        cues.extend(body_cues(g, text, span, &bodies));
        cues.sort_by_key(|c| c.start);
        let attribution = cues.first().copied();
        let speech: Vec<Span> = scan(&g.speech_verbs, text, span)
            .into_iter()
            .map(|(s, _)| s)
            .collect();
        let said_by_cue = cues.iter().filter_map(|&a| {
            bodies
                .iter()
                .find(|(b, _)| a.contains(*b))
                .map(|(_, class)| class.clone())
                .or_else(|| source_of(g, text, span, a))
                .map(|s| (a, s))
        });
        let said_by_verb = speech
            .iter()
            .filter_map(|&s| speaker(g, text, span, s, &bodies).map(|who| (s, who)));
        let sayers = said_by_cue.chain(said_by_verb).collect();
        let adhoc_places = adhoc_places(g, text, span, &entities);
        let adhoc_agents = adhoc_agents(g, text, span, &entities, attribution);
        SentenceContext {
            triggers: g
                .triggers
                .scan(text, span.start, span.end)
                .into_iter()
                .flat_map(|(s, e, events)| events.iter().map(move |&ev| (Span::new(s, e), ev)))
                .collect(),
            aspectual: spans(&g.aspectual, text, span),
            part_cues: spans(&g.part_cues, text, span),
            entities,
            scopes: scan(&g.scope_forms, text, span),
            attribution,
            sayers,
            speech,
            adhoc_places,
            adhoc_agents,
            conditional: spans(&g.conditional, text, span),
            negation: spans(&g.negation, text, span),
            future: future(g, text, span),
        }
    }
}

impl SentenceContext {
    /// Is this date the day something was said ("a indiqué mardi",
    /// "publiés lundi", "lundi, a annoncé")?
    ///
    /// `dates` are the spans of the sentence's dates: in "déclarés la
    /// semaine dernière, a annoncé vendredi", the verb of saying has its own
    /// date, and the one before the comma is what was counted. A named day
    /// of a month before the comma is what was said ("programmé pour le 30
    /// juin, a précisé la direction"): `named_day`.
    pub fn is_statement_date(
        &self,
        text: &str,
        date: Span,
        named_day: bool,
        dates: &[Span],
    ) -> bool {
        const NEAR: usize = 12;
        self.speech.iter().any(|&s| {
            let d = distance(text, s, date);
            let dated = || {
                dates
                    .iter()
                    .any(|o| o.start >= s.end && distance(text, s, *o) <= 2)
            };
            (d <= NEAR && (date.start >= s.end || !dated()))
                || (s.start >= date.end
                    && !named_day
                    && d <= NEAR + 40
                    && between_is_comma(text, date, s)
                    && !dated())
        })
    }
}

/// No clause boundary between two spans.
pub fn same_clause(text: &str, a: Span, b: Span) -> bool {
    let (lo, hi) = if a.end <= b.start {
        (a.end, b.start)
    } else {
        (b.end, a.start.max(b.end))
    };
    clause_marks(text, lo, hi).next().is_none()
}

/// The punctuation between `lo` and `hi` that ends or opens a clause; not
/// a decimal comma ("9,6 %").
fn clause_marks(text: &str, lo: usize, hi: usize) -> impl Iterator<Item = usize> + '_ {
    let digit_at = move |i: usize| {
        text.get(i..)
            .and_then(|t| t.chars().next())
            .is_some_and(|c| c.is_ascii_digit())
    };
    let digit_before = move |i: usize| {
        text.get(..i)
            .and_then(|t| t.chars().next_back())
            .is_some_and(|c| c.is_ascii_digit())
    };
    text.get(lo..hi)
        .unwrap_or("")
        .char_indices()
        .filter_map(move |(i, c)| {
            let at = lo + i;
            let decimal = c == ',' && digit_before(at) && digit_at(at + 1);
            let mark = matches!(
                c,
                ',' | ';' | ':' | '(' | ')' | '«' | '»' | '"' | '“' | '”' | '—'
            );
            (mark && !decimal).then_some(at)
        })
}

/// Only spaces and one comma between `a` and the later `b`.
fn between_is_comma(text: &str, a: Span, b: Span) -> bool {
    text.get(a.end..b.start).is_some_and(|t| t.trim() == ",")
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The words of `text[from..to]` with their start offsets.
fn words(text: &str, from: usize, to: usize) -> Vec<(usize, &str)> {
    word_starts(text, from, to)
        .map(|st| {
            let rest = &text[st..to];
            let len = rest
                .char_indices()
                .find(|&(_, c)| !(c.is_alphanumeric() || c == '-'))
                .map_or(rest.len(), |(i, _)| i);
            (st, &rest[..len])
        })
        .filter(|(_, w)| !w.is_empty())
        .collect()
}

/// At most this many characters from a body cue to the comma that closes
/// its phrase ("Pour les proches de la victime,").
const BODY_CUE_REACH: usize = 40;

/// "Pour la famille, le chiffre réel dépasse 130 malades": a body cue at
/// the start of a clause, with a body of a known class before the comma
/// that closes its phrase, attributes what follows; "pour la rentrée" does
/// not.
fn body_cues(g: &Grammar, text: &str, sentence: Span, bodies: &[(Span, String)]) -> Vec<Span> {
    spans(&g.body_cues, text, sentence)
        .into_iter()
        .filter(|cue| {
            let before = text[sentence.start..cue.start].trim_end();
            before.is_empty() || before.ends_with([',', ';', '«', '('])
        })
        .filter_map(|cue| {
            let rest = &text[cue.end..sentence.end];
            let comma = rest.find(',').filter(|&c| c <= BODY_CUE_REACH)?;
            let phrase = Span::new(cue.start, cue.end + comma);
            bodies
                .iter()
                .any(|(b, _)| phrase.contains(*b))
                .then_some(phrase)
        })
        .collect()
}

/// The body an attribution names: its last capitalised word (not the
/// sentence's first) or agent head noun.
fn source_of(g: &Grammar, text: &str, sentence: Span, attribution: Span) -> Option<String> {
    words(text, attribution.start, attribution.end)
        .into_iter()
        .skip(1)
        .rfind(|&(st, w)| {
            (starts_upper(w) && st != sentence.start) || g.agent_heads.get(w).is_some()
        })
        .map(|(_, w)| w.to_lowercase())
}

/// "L'avocat du traiteur conteste le bilan. « Une trentaine de personnes
/// tout au plus », a-t-il déclaré": a verb of saying whose speaker is a
/// pronoun, with no body of its own sentence, is the last body of a known
/// class that the sentence before names.
pub fn carry_speakers(g: &Grammar, text: &str, spans: &[Span], contexts: &mut [SentenceContext]) {
    for i in 1..spans.len().min(contexts.len()) {
        let ctx = &contexts[i];
        let pronoun = |verb: &Span| {
            let inverted = words(text, verb.start, verb.end).into_iter().any(|(_, w)| {
                w.rsplit('-')
                    .next()
                    .is_some_and(|p| w.contains('-') && g.speaker_pronouns.get(p).is_some())
            });
            let before = words(text, spans[i].start, verb.start).pop();
            inverted || before.is_some_and(|(_, w)| g.speaker_pronouns.get(w).is_some())
        };
        let unsaid: Vec<Span> = ctx
            .speech
            .iter()
            .filter(|s| pronoun(s) && !ctx.sayers.iter().any(|(x, _)| x == *s))
            .copied()
            .collect();
        if unsaid.is_empty() {
            continue;
        }
        let Some((_, _, class)) = g
            .sources
            .scan(text, spans[i - 1].start, spans[i - 1].end)
            .pop()
        else {
            continue;
        };
        contexts[i]
            .sayers
            .extend(unsaid.into_iter().map(|s| (s, class.clone())));
    }
}

/// At most this many characters between a verb of saying and the body
/// after it ("affirme le syndicat").
const INVERTED_SPEAKER_GAP: usize = 6;

/// Without a "selon", the body that says the figure: a body of a class of
/// `attribution.toml` before a verb of saying ("L'intersyndicale, de son
/// côté, évoque") or right after it ("affirme le syndicat"), else a name a
/// few words before the verb ("l'armée de l'air gouvernementale affirme").
/// `bodies` are the sentence's bodies of a known class.
fn speaker(
    g: &Grammar,
    text: &str,
    sentence: Span,
    s: Span,
    bodies: &[(Span, String)],
) -> Option<String> {
    let named = |st: usize, w: &str| {
        (starts_upper(w) && st != sentence.start) || g.agent_heads.get(w).is_some()
    };
    let after = bodies.iter().find(|(b, _)| {
        b.start >= s.end && b.start - s.end <= INVERTED_SPEAKER_GAP && same_clause(text, s, *b)
    });
    let before = bodies.iter().rfind(|(b, _)| b.end <= s.start);
    if let Some((_, class)) = after.or(before) {
        return Some(class.clone());
    }
    let clause_start = text[sentence.start..s.start]
        .rfind([',', ';', ':', '«', '»', '('])
        .map_or(sentence.start, |p| sentence.start + p);
    // Of names the grammar does not class, only one that puts forward its
    // own figure, as the subject ("l'armée de l'air gouvernementale
    // affirme"), is taken.
    words(text, clause_start, s.start)
        .into_iter()
        .rev()
        .take(6)
        .rfind(|&(st, w)| named(st, w))
        .map(|(_, w)| w.to_lowercase())
}

/// The place a word pointing back ("y") stands for when the sentence
/// before names none.
pub const ELSEWHERE: &str = "(a place named earlier)";

/// "Les vents y ont soufflé jusqu'à 162 km/h", "un record pour ce village
/// de 380 habitants": a word that points back to a place stands for the
/// place of the sentence before, where figures near it look for theirs;
/// when that sentence names none, for some place named earlier
/// (`ELSEWHERE`), which is not any place a figure of another article names.
pub fn carry_places(g: &Grammar, text: &str, spans: &[Span], contexts: &mut [SentenceContext]) {
    for (i, span) in spans.iter().enumerate().take(contexts.len()) {
        let (before, rest) = contexts.split_at_mut(i);
        let (previous, ctx) = (before.last(), &mut rest[0]);
        let Some(at) = g
            .place_anaphors
            .scan(text, span.start, span.end)
            .into_iter()
            .find(|&(_, _, &points_back)| points_back)
            .map(|(s, e, _)| Span::new(s, e))
        else {
            continue;
        };
        let place = previous.and_then(|p| p.entities.iter().rfind(|e| e.role == Role::Place));
        match place {
            Some(place) => {
                let carried = EntityMention {
                    span: at,
                    located: true,
                    passive: false,
                    ..*place
                };
                let k = ctx.entities.partition_point(|e| e.span.start < at.start);
                ctx.entities.insert(k, carried);
            }
            None => {
                let name = match previous {
                    Some(p) if !p.adhoc_places.is_empty() => p.adhoc_places.last().cloned(),
                    // A sentence without figures was read for its entities only.
                    Some(p) => adhoc_places(g, text, spans[i - 1], &p.entities).pop(),
                    None => None,
                }
                .map_or_else(|| ELSEWHERE.to_string(), |(_, n)| n);
                let k = ctx
                    .adhoc_places
                    .partition_point(|(s, _)| s.start < at.start);
                ctx.adhoc_places.insert(k, (at, name));
            }
        }
    }
}

/// At most this many lowercase words stand between a place preposition
/// and the name it introduces ("dans la région du Nord"); one more when
/// one of them is a place noun ("à la station météorologique de
/// Pointe-Corail", "dans la seule commune d'Estaret"), not otherwise
/// ("dans le déraillement du train Lorvic-Bramont").
const ADHOC_PLACE_GAP: usize = 3;

/// Capitalised names after a place preposition, with at most
/// `ADHOC_PLACE_GAP` lowercase words between, that no entity of the
/// grammar covers.
fn adhoc_places(
    g: &Grammar,
    text: &str,
    sentence: Span,
    entities: &[EntityMention],
) -> Vec<(Span, String)> {
    let ws = words(text, sentence.start, sentence.end);
    let mut out = Vec::new();
    let mut k = 1;
    while k < ws.len() {
        let (st, w) = ws[k];
        if !starts_upper(w)
            || entities
                .iter()
                .any(|e| e.span.start <= st && st < e.span.end)
        {
            k += 1;
            continue;
        }
        let found = (k.saturating_sub(5)..k).any(|j| {
            let (pj, _) = ws[j];
            let Some((len, _)) = g.place_preps.longest(&text[pj..st]) else {
                return false;
            };
            let gap = &text[pj + len..st];
            let place_noun = gap
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|w| g.place_nouns.get(w).is_some());
            gap.chars()
                .all(|c| c.is_lowercase() || is_space(c) || c == '\'' || c == '’' || c == '-')
                && gap.split_whitespace().count() <= ADHOC_PLACE_GAP + usize::from(place_noun)
        });
        if !found {
            k += 1;
            continue;
        }
        // The name runs over the following capitalised words.
        let mut end = k;
        while end + 1 < ws.len()
            && starts_upper(ws[end + 1].1)
            && text[ws[end].0 + ws[end].1.len()..ws[end + 1].0]
                .chars()
                .all(is_space)
        {
            end += 1;
        }
        let span = Span::new(st, ws[end].0 + ws[end].1.len());
        out.push((span, span.of(text).to_lowercase()));
        k = end + 1;
    }
    out
}

/// At most this many content words name an agent the grammar does not know.
const ADHOC_AGENT_WORDS: usize = 3;

/// Agent heads and passive agents that no entity of the grammar covers,
/// outside the attribution (a source is not who acts).
fn adhoc_agents(
    g: &Grammar,
    text: &str,
    sentence: Span,
    entities: &[EntityMention],
    attribution: Option<Span>,
) -> Vec<AdhocAgent> {
    let ws = words(text, sentence.start, sentence.end);
    let function = |w: &str| {
        g.function_words.get(w).is_some()
            || g.function_words.get(&format!("{w}'")).is_some()
            || w.chars().count() == 1
    };
    // The content words after `k`, through complement prepositions and
    // the articles after them, up to a function word, a verb of saying, a
    // trigger, a figure or punctuation.
    let complement = |k: usize, mut linking: bool| {
        let mut out: Vec<String> = Vec::new();
        let mut end = ws[k].0 + ws[k].1.len();
        for &(st, w) in &ws[k + 1..] {
            let gap = &text[end..st];
            if !gap.chars().all(|c| is_space(c) || c == '\'' || c == '’') {
                break;
            }
            let rest = &text[st..sentence.end];
            if g.complement_preps.get(w).is_some()
                || g.complement_preps.get(&format!("{w}'")).is_some()
            {
                linking = true;
            } else if function(w) {
                if !linking {
                    break;
                }
            } else if w.chars().next().is_some_and(|c| c.is_ascii_digit())
                || g.speech_verbs.longest(rest).is_some()
                || g.triggers.longest(rest).is_some_and(|(_, e)| !e.is_empty())
            {
                break;
            } else {
                out.push(w.to_lowercase());
                linking = false;
                if out.len() == ADHOC_AGENT_WORDS {
                    end = st + w.len();
                    break;
                }
            }
            end = st + w.len();
        }
        (out, end)
    };
    let mut out = Vec::new();
    for (k, &(st, w)) in ws.iter().enumerate() {
        if attribution.is_some_and(|a| a.start <= st && st < a.end) {
            continue;
        }
        let head = g.agent_heads.get(w).is_some();
        let passive = !head && g.agent_preps.get(w).is_some();
        if !head && !passive {
            continue;
        }
        let (mut words, end) = complement(k, passive);
        if words.is_empty() {
            if passive {
                continue;
            }
            words.push(w.to_lowercase());
        }
        let span = Span::new(st, end.max(st + w.len()));
        if entities
            .iter()
            .any(|e| e.span.start < span.end && span.start < e.span.end)
        {
            continue;
        }
        out.push(AdhocAgent {
            span,
            passive,
            words,
        });
    }
    out
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
    let clauses = clause_marks(text, lo, hi).count();
    between.chars().count() + 40 * clauses
}
