//! Draws the scaling chart of BENCHMARKS.md: for each operation of the scaling series in
//! `bench/results.json`, time per operation against array size, log-log, numview beside NumPy.
//!
//! `cargo run --release --manifest-path bench/chart/Cargo.toml -- [RESULTS.json] [OUT.svg]`

use plotters::prelude::*;
use serde_json::Value;
use std::error::Error;

/// Colours of the two series, the same in every panel.
const NUMVIEW: RGBColor = RGBColor(0xd6, 0x4f, 0x1e);
const NUMPY: RGBColor = RGBColor(0x1f, 0x5f, 0xa8);

/// One panel's data: the operation, the sizes and the seconds per operation of each side.
struct Series {
    op: String,
    view: bool,
    sizes: Vec<f64>,
    numview: Vec<f64>,
    numpy: Vec<f64>,
}

fn numbers(value: &Value) -> Result<Vec<f64>, Box<dyn Error>> {
    value
        .as_array()
        .ok_or("expected a list of numbers")?
        .iter()
        .map(|v| v.as_f64().ok_or_else(|| "expected a number".into()))
        .collect()
}

/// The `scaling` list of results.json.
fn read(path: &str) -> Result<Vec<Series>, Box<dyn Error>> {
    let results: Value = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let scaling = results["scaling"].as_array().ok_or("results.json has no scaling series: run bench/run.py without --no-scaling")?;
    scaling
        .iter()
        .map(|s| {
            Ok(Series {
                op: s["op"].as_str().ok_or("an operation without a name")?.to_string(),
                view: s["view"].as_bool().unwrap_or(false),
                sizes: numbers(&s["sizes"])?,
                numview: numbers(&s["numview"])?,
                numpy: numbers(&s["numpy"])?,
            })
        })
        .collect()
}

/// Powers of ten spanning the values, so every panel's axes end on a decade.
fn decades(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = values.filter(|v| *v > 0.0).fold((f64::INFINITY, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    (10f64.powf(lo.log10().floor()), 10f64.powf(hi.log10().ceil().max(lo.log10().floor() + 1.0)))
}

/// A time in the unit that fits, for the axis labels.
fn seconds_label(s: f64) -> String {
    let (scale, unit) = [(1.0, "s"), (1e-3, "ms"), (1e-6, "µs")].into_iter().find(|(scale, _)| s >= *scale * 0.999).unwrap_or((1e-9, "ns"));
    // Ticks are decades, computed in floating point: 99.9999 must read 100.
    let value = s / scale;
    let digits = if value >= 1.0 { 0 } else { 2 };
    format!("{:.*} {}", digits, value, unit)
}

fn draw(series: &[Series], out: &str) -> Result<(), Box<dyn Error>> {
    let columns = 3;
    let rows = series.len().div_ceil(columns).max(1);
    let root = SVGBackend::new(out, (1260, 60 + 380 * rows as u32)).into_drawing_area();
    root.fill(&WHITE)?;
    let (title, body) = root.split_vertically(60);
    title.draw(&Text::new(
        "numview (orange) and NumPy (blue): time per operation against array size (float64, log-log)",
        (20, 22),
        ("sans-serif", 20).into_font(),
    ))?;
    for (panel, s) in body.split_evenly((rows, columns)).iter().zip(series) {
        let (x0, x1) = decades(s.sizes.iter().copied());
        let (y0, y1) = decades(s.numview.iter().chain(&s.numpy).copied());
        let caption = if s.view { format!("{}  (a view: should be flat)", s.op) } else { s.op.clone() };
        let mut chart = ChartBuilder::on(panel)
            .caption(caption, ("monospace", 17))
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(70)
            .build_cartesian_2d((x0..x1).log_scale(), (y0..y1).log_scale())?;
        chart
            .configure_mesh()
            .x_desc("elements")
            .x_label_formatter(&|n| format!("1e{}", n.log10().round()))
            .y_label_formatter(&|t| seconds_label(*t))
            .light_line_style(RGBColor(0xee, 0xee, 0xee))
            .draw()?;
        for (label, times, colour) in [("numview", &s.numview, NUMVIEW), ("NumPy", &s.numpy, NUMPY)] {
            let points: Vec<(f64, f64)> = s.sizes.iter().copied().zip(times.iter().copied()).collect();
            chart
                .draw_series(LineSeries::new(points.clone(), colour.stroke_width(2)))?
                .label(label)
                .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], colour.stroke_width(2)));
            chart.draw_series(points.iter().map(|p| Circle::new(*p, 3, colour.filled())))?;
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK.mix(0.3))
            .draw()?;
    }
    root.present()?;
    Ok(())
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().collect();
    let input = args.get(1).map(String::as_str).unwrap_or("bench/results.json");
    let output = args.get(2).map(String::as_str).unwrap_or("bench/scaling.svg");
    let series = read(input)?;
    draw(&series, output)?;
    println!("wrote {}", output);
    Ok(())
}
