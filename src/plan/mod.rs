//! Plans, registries and progress records: raw TOML → validated model.

pub mod fields;
pub mod model;
pub mod raw;
pub mod validate;
