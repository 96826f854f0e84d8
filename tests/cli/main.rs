//! End-to-end tests of the `recoupe` binary: one integration binary with modules.

mod bad_input;
mod check;
mod extract;
mod readme;
mod seeds_published;
mod util;
