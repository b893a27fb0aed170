//! One small stable sort for the app's short lists (gaps, drafts, object keys).
//!
//! The standard library's sort is fast on long slices but adds about 3 KB of wasm per element type; these
//! lists hold at most a few hundred items, where insertion sort is as quick.

/// Sort `v` so that no element comes after one it should be `before`; equal elements keep their order.
pub fn sort_by<T>(v: &mut [T], mut before: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && before(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

// Unit tests run natively; the browser suite lives in tests/.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included.
        #[test]
        fn agrees_with_the_standard_stable_sort(v in proptest::collection::vec((0u8..5, 0u16..1000), 0..60)) {
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0 < b.0);
            let mut std = v;
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }
    }
}
