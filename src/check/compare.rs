//! Comparing two claims about the same thing: interval overlap with the
//! tolerance of their markers, dates by what they state.

use crate::claim::{Claim, ClaimValue};
use crate::corpus::Article;
use crate::grammar::Grammar;
use crate::value::Approx;

/// How two claims relate, from best to worst.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Agree,
    /// A cumulative figure grew between two publication dates.
    Increase,
    /// A cumulative figure fell between two publication dates.
    Decrease,
    Discrepancy,
    Contradiction,
}

/// The country (or outermost entity) a place belongs to.
fn root(g: &Grammar, mut e: usize) -> usize {
    for _ in 0..8 {
        match g.entities[e].part_of {
            Some(parent) => e = parent,
            None => break,
        }
    }
    e
}

/// Is `inner` the same place as `outer`, or inside it?
fn within(g: &Grammar, inner: usize, outer: usize) -> bool {
    let mut e = inner;
    for _ in 0..8 {
        if e == outer {
            return true;
        }
        match g.entities[e].part_of {
            Some(parent) => e = parent,
            None => return false,
        }
    }
    false
}

/// Can two claims be about the same place? Places named in both sentences
/// must be the same or one inside the other; a place taken from the article
/// only needs the same country.
pub fn same_place(a: &Claim, b: &Claim, g: &Grammar) -> bool {
    match (a.place, b.place) {
        (Some(x), Some(y)) if a.place_inferred || b.place_inferred => root(g, x) == root(g, y),
        (Some(x), Some(y)) => within(g, x, y) || within(g, y, x),
        _ => true,
    }
}

/// `None` when the two claims state nothing comparable.
pub fn verdict(a: &Claim, b: &Claim, articles: &[Article], g: &Grammar) -> Option<Verdict> {
    if !same_place(a, b, g) {
        return None;
    }
    match (a.value?, b.value?) {
        (ClaimValue::Date(x), ClaimValue::Date(y)) => Some(if x.compatible(&y)? {
            Verdict::Agree
        } else {
            Verdict::Contradiction
        }),
        (ClaimValue::Amount(x), ClaimValue::Amount(y)) => {
            if x.overlaps(&y) {
                return Some(Verdict::Agree);
            }
            let cumulative = a.event.is_some_and(|e| g.events[e].cumulative);
            let (pa, pb) = (articles[a.doc].published, articles[b.doc].published);
            if let (true, Some(pa), Some(pb)) = (cumulative, pa, pb) {
                if pa != pb {
                    let (earlier, later) = if pa < pb { (x, y) } else { (y, x) };
                    let grew = later.min.zip(earlier.max).is_some_and(|(l, e)| l > e);
                    return Some(if grew {
                        Verdict::Increase
                    } else {
                        Verdict::Decrease
                    });
                }
            }
            let exact = |c: &Claim| matches!(c.mention.approx, Approx::Exact);
            if x.relative_gap(&y) <= g.discrepancy_tolerance && (exact(a) || exact(b)) {
                Some(Verdict::Discrepancy)
            } else {
                Some(Verdict::Contradiction)
            }
        }
        _ => None,
    }
}
