//! Group expansion: the units each group reaches through its members, nested groups
//! included, and the cycles among groups.
//!
//! One pass over the registry, linear in its size (groups, memberships and the units
//! each group reaches): the strongly connected components of the "contains" graph are
//! found with Tarjan's algorithm (iterative: a chain of 100,000 groups is no deeper than
//! one), in an order where every component comes after the ones it contains, so each
//! component's units are computed once from its members'. A component of several groups,
//! or a group that names itself, is a cycle, reported once.

use super::model::UnitRef;

/// What expansion finds.
pub struct Expansion {
    /// Per group, the units it reaches, sorted and without repeats.
    pub units: Vec<Vec<u32>>,
    /// Each cycle as the groups along it, first in file order, back to the first.
    pub cycles: Vec<Vec<u32>>,
}

pub fn expand(members: &[Vec<UnitRef>]) -> Expansion {
    let n = members.len();
    let groups_of = |g: usize| {
        members[g].iter().filter_map(|m| match *m {
            UnitRef::Group(h) if (h as usize) < n => Some(h as usize),
            _ => None,
        })
    };

    // Tarjan's algorithm, with an explicit stack of (group, next member to look at).
    const UNSEEN: u32 = u32::MAX;
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0u32; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut component = vec![UNSEEN; n];
    let mut components: Vec<Vec<usize>> = Vec::new();
    let mut next = 0u32;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (g, ref mut at)) = work.last_mut() {
            // The next member of `g` that is a group; `at` walks its member list once.
            let mut child = None;
            while let Some(m) = members[g].get(*at) {
                *at += 1;
                if let UnitRef::Group(h) = *m
                    && (h as usize) < n
                {
                    child = Some(h as usize);
                    break;
                }
            }
            match child {
                Some(h) if index[h] == UNSEEN => {
                    index[h] = next;
                    low[h] = next;
                    next += 1;
                    stack.push(h);
                    on_stack[h] = true;
                    work.push((h, 0));
                }
                Some(h) => {
                    if on_stack[h] {
                        low[g] = low[g].min(index[h]);
                    }
                }
                None => {
                    work.pop();
                    if let Some(&(parent, _)) = work.last() {
                        low[parent] = low[parent].min(low[g]);
                    }
                    if low[g] == index[g] {
                        let id = components.len() as u32;
                        let mut members_of = Vec::new();
                        while let Some(x) = stack.pop() {
                            on_stack[x] = false;
                            component[x] = id;
                            members_of.push(x);
                            if x == g {
                                break;
                            }
                        }
                        components.push(members_of);
                    }
                }
            }
        }
    }

    // Components come out with the ones they contain first: each one's units are its
    // groups' own units and those of the components their members belong to.
    let mut component_units: Vec<Vec<u32>> = Vec::with_capacity(components.len());
    let mut cycles = Vec::new();
    for (id, groups) in components.iter().enumerate() {
        let mut units: Vec<u32> = Vec::new();
        for &g in groups {
            for m in &members[g] {
                match *m {
                    UnitRef::Unit(u) => units.push(u),
                    UnitRef::Group(h) if (h as usize) < n => {
                        let c = component[h as usize] as usize;
                        if c != id {
                            units.extend_from_slice(&component_units[c]);
                        }
                    }
                    UnitRef::Group(_) => {}
                }
            }
        }
        units.sort_unstable();
        units.dedup();
        component_units.push(units);
        let loops = groups.len() > 1 || groups_of(groups[0]).any(|h| h == groups[0]);
        if loops {
            cycles.push(cycle_through(groups, &component, id as u32, &groups_of));
        }
    }
    cycles.sort_by_key(|c| c[0]);
    let units = (0..n)
        .map(|g| component_units[component[g] as usize].clone())
        .collect();
    Expansion { units, cycles }
}

/// A cycle inside one component, from its first group in file order back to it: each
/// step goes to the member that is nearest (in a breadth-first walk) to returning.
fn cycle_through<I: Iterator<Item = usize>>(
    groups: &[usize],
    component: &[u32],
    id: u32,
    groups_of: &dyn Fn(usize) -> I,
) -> Vec<u32> {
    let start = *groups.iter().min().expect("a component is never empty");
    // Breadth-first from `start` inside the component, until an edge back to it.
    let mut parent: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    let mut last = start;
    'walk: while let Some(g) = queue.pop_front() {
        for h in groups_of(g) {
            if component[h] != id {
                continue;
            }
            if h == start {
                last = g;
                break 'walk;
            }
            if let std::collections::hash_map::Entry::Vacant(e) = parent.entry(h) {
                e.insert(g);
                queue.push_back(h);
            }
        }
    }
    let mut path = vec![start as u32];
    let mut g = last;
    let mut back = Vec::new();
    while g != start {
        back.push(g as u32);
        g = parent[&g];
    }
    back.reverse();
    path.extend(back);
    path.push(start as u32);
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(i: u32) -> UnitRef {
        UnitRef::Group(i)
    }
    fn u(i: u32) -> UnitRef {
        UnitRef::Unit(i)
    }

    #[test]
    fn nested_groups_reach_every_unit_below() {
        // 0 ⊃ {1, unit 0}; 1 ⊃ {2, unit 1}; 2 ⊃ {unit 2}; 3 ⊃ {1, 2}
        let e = expand(&[
            vec![g(1), u(0)],
            vec![g(2), u(1)],
            vec![u(2)],
            vec![g(1), g(2)],
        ]);
        assert_eq!(e.units, [vec![0, 1, 2], vec![1, 2], vec![2], vec![1, 2]]);
        assert!(e.cycles.is_empty());
    }

    #[test]
    fn a_cycle_is_reported_once_and_its_groups_share_their_units() {
        // 0 → 1 → 2 → 0, 2 ⊃ unit 5; 3 → 3; 4 → 0
        let e = expand(&[
            vec![g(1)],
            vec![g(2), u(1)],
            vec![g(0), u(5)],
            vec![g(3)],
            vec![g(0)],
        ]);
        assert_eq!(e.cycles, [vec![0, 1, 2, 0], vec![3, 3]]);
        assert_eq!(e.units[0], [1, 5]);
        assert_eq!(e.units[2], [1, 5]);
        assert_eq!(e.units[4], [1, 5]);
        assert!(e.units[3].is_empty());
    }

    #[test]
    fn long_chains_and_big_cycles_are_linear() {
        let n = 100_000u32;
        let chain: Vec<Vec<UnitRef>> = (0..n)
            .map(|i| {
                if i + 1 < n {
                    vec![g(i + 1)]
                } else {
                    vec![u(7)]
                }
            })
            .collect();
        let e = expand(&chain);
        assert!(e.units.iter().all(|x| x == &[7]));
        assert!(e.cycles.is_empty());
        let ring: Vec<Vec<UnitRef>> = (0..n).map(|i| vec![g((i + 1) % n)]).collect();
        let e = expand(&ring);
        assert_eq!(e.cycles.len(), 1);
        assert_eq!(e.cycles[0].len(), n as usize + 1);
    }
}
