fn main() {
    #[cfg(target_arch = "wasm32")]
    qm_precheck::start();
}
