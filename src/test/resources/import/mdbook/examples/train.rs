// ANCHOR: all
use std::f64;

// ANCHOR: step
fn step(w: f64, grad: f64, lr: f64) -> f64 {
    w - lr * grad
}
// ANCHOR_END: step

fn main() {
    let w = step(1.0, 0.5, 0.1);
    println!("{w}");
}
// ANCHOR_END: all
