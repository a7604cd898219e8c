//! The C library's math functions (glibc's libm), which NumPy's scalar loops call:
//! binding them directly keeps numview's results bit-identical to NumPy's, where
//! Rust's own `f64` methods use other formulas (`asinh`, `atanh`) or a bundled
//! implementation (`cbrt`). Complex functions use the C99 `double complex` ABI,
//! which on x86-64 and AArch64 is that of `#[repr(C)]` pairs such as `Complex64`.

use num_complex::{Complex32, Complex64};
use std::ffi::{c_char, c_void};
use std::sync::OnceLock;

macro_rules! c_functions {
    ($($name:ident: fn($($arg:ident: $t:ty),*) -> $r:ty;)*) => {
        mod ffi {
            #[allow(unused_imports)]
            use num_complex::{Complex32, Complex64};
            #[link(name = "m")]
            extern "C" {
                $(pub fn $name($($arg: $t),*) -> $r;)*
            }
        }
        $(
            #[doc = concat!("libm's `", stringify!($name), "`.")]
            #[inline]
            pub fn $name($($arg: $t),*) -> $r {
                // SAFETY: a pure C math function taking and returning plain values.
                unsafe { ffi::$name($($arg),*) }
            }
        )*
    };
}

c_functions! {
    exp: fn(x: f64) -> f64; expf: fn(x: f32) -> f32;
    exp2: fn(x: f64) -> f64; exp2f: fn(x: f32) -> f32;
    expm1: fn(x: f64) -> f64; expm1f: fn(x: f32) -> f32;
    log: fn(x: f64) -> f64; logf: fn(x: f32) -> f32;
    log2: fn(x: f64) -> f64; log2f: fn(x: f32) -> f32;
    log10: fn(x: f64) -> f64; log10f: fn(x: f32) -> f32;
    log1p: fn(x: f64) -> f64; log1pf: fn(x: f32) -> f32;
    sin: fn(x: f64) -> f64; sinf: fn(x: f32) -> f32;
    cos: fn(x: f64) -> f64; cosf: fn(x: f32) -> f32;
    tan: fn(x: f64) -> f64; tanf: fn(x: f32) -> f32;
    asin: fn(x: f64) -> f64; asinf: fn(x: f32) -> f32;
    acos: fn(x: f64) -> f64; acosf: fn(x: f32) -> f32;
    atan: fn(x: f64) -> f64; atanf: fn(x: f32) -> f32;
    sinh: fn(x: f64) -> f64; sinhf: fn(x: f32) -> f32;
    cosh: fn(x: f64) -> f64; coshf: fn(x: f32) -> f32;
    tanh: fn(x: f64) -> f64; tanhf: fn(x: f32) -> f32;
    asinh: fn(x: f64) -> f64; asinhf: fn(x: f32) -> f32;
    acosh: fn(x: f64) -> f64; acoshf: fn(x: f32) -> f32;
    atanh: fn(x: f64) -> f64; atanhf: fn(x: f32) -> f32;
    atan2: fn(y: f64, x: f64) -> f64; atan2f: fn(y: f32, x: f32) -> f32;
    hypot: fn(x: f64, y: f64) -> f64; hypotf: fn(x: f32, y: f32) -> f32;
    pow: fn(x: f64, y: f64) -> f64; powf: fn(x: f32, y: f32) -> f32;
    erf: fn(x: f64) -> f64; erfc: fn(x: f64) -> f64;
    remainder: fn(x: f64, y: f64) -> f64;
    cpow: fn(z: Complex64, w: Complex64) -> Complex64; cpowf: fn(z: Complex32, w: Complex32) -> Complex32;
    csqrt: fn(z: Complex64) -> Complex64; csqrtf: fn(z: Complex32) -> Complex32;
    cexp: fn(z: Complex64) -> Complex64; cexpf: fn(z: Complex32) -> Complex32;
    clog: fn(z: Complex64) -> Complex64; clogf: fn(z: Complex32) -> Complex32;
    csin: fn(z: Complex64) -> Complex64; csinf: fn(z: Complex32) -> Complex32;
    ccos: fn(z: Complex64) -> Complex64; ccosf: fn(z: Complex32) -> Complex32;
    ctan: fn(z: Complex64) -> Complex64; ctanf: fn(z: Complex32) -> Complex32;
    casin: fn(z: Complex64) -> Complex64; casinf: fn(z: Complex32) -> Complex32;
    cacos: fn(z: Complex64) -> Complex64; cacosf: fn(z: Complex32) -> Complex32;
    catan: fn(z: Complex64) -> Complex64; catanf: fn(z: Complex32) -> Complex32;
    csinh: fn(z: Complex64) -> Complex64; csinhf: fn(z: Complex32) -> Complex32;
    ccosh: fn(z: Complex64) -> Complex64; ccoshf: fn(z: Complex32) -> Complex32;
    ctanh: fn(z: Complex64) -> Complex64; ctanhf: fn(z: Complex32) -> Complex32;
    casinh: fn(z: Complex64) -> Complex64; casinhf: fn(z: Complex32) -> Complex32;
    cacosh: fn(z: Complex64) -> Complex64; cacoshf: fn(z: Complex32) -> Complex32;
    catanh: fn(z: Complex64) -> Complex64; catanhf: fn(z: Complex32) -> Complex32;
}

extern "C" {
    fn dlsym(handle: *mut c_void, symbol: *const c_char) -> *mut c_void;
}

/// The shared library's definition of `name` (Rust's runtime links its own `cbrt`
/// into the binary, which would shadow a plain `extern` declaration).
fn shared_symbol(name: &'static [u8]) -> Option<*mut c_void> {
    // SAFETY: `name` is NUL-terminated; a null handle is RTLD_DEFAULT, which searches
    // the loaded shared objects' exported symbols.
    let p = unsafe { dlsym(std::ptr::null_mut(), name.as_ptr() as *const c_char) };
    (!p.is_null()).then_some(p)
}

static CBRT: OnceLock<Option<usize>> = OnceLock::new();
static CBRTF: OnceLock<Option<usize>> = OnceLock::new();

/// libm's `cbrt` (falling back to Rust's when the library cannot be found).
pub fn cbrt(x: f64) -> f64 {
    match *CBRT.get_or_init(|| shared_symbol(b"cbrt\0").map(|p| p as usize)) {
        // SAFETY: the symbol is libm's `double cbrt(double)`.
        Some(p) => unsafe { std::mem::transmute::<usize, extern "C" fn(f64) -> f64>(p)(x) },
        None => x.cbrt(),
    }
}

/// libm's `cbrtf`.
pub fn cbrtf(x: f32) -> f32 {
    match *CBRTF.get_or_init(|| shared_symbol(b"cbrtf\0").map(|p| p as usize)) {
        // SAFETY: the symbol is libm's `float cbrtf(float)`.
        Some(p) => unsafe { std::mem::transmute::<usize, extern "C" fn(f32) -> f32>(p)(x) },
        None => x.cbrt(),
    }
}
