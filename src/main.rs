fn main() {
    qm_precheck::start();
}
