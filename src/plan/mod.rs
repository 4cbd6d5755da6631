//! Plans, registries and progress records: raw TOML → validated model.

pub mod fields;
pub mod groups;
pub mod model;
pub mod raw;
pub mod validate;
