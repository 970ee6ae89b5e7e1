// A block-like expression at the start of a statement ends the statement.
fn main() {
    if a {} -1;
    match x {} (1, 2);
    { 1 } - 1;
    loop { break; } *p = 3;
    unsafe { f() } [1, 2];
    while c {} &x;
    for i in v {} !done;
    'l: loop {} -2;
    // Method calls and `?` still apply to a block-like expression...
    if a { b } else { c }.to_string();
    match r { _ => 0 }.max(1) + 2;
    unsafe { g() }?;
    // ...and elsewhere the block-like expression is an ordinary operand.
    let v = if a { 1 } else { 2 } - 1;
    let w = match x { _ => 5 } * 2;
    let u = { 3 } + 4;
    async { 1 };
    tokio::select! { _ = a => {} }
    println!("after");
    m! {} - 1;
    x
}
fn tail_block() -> i32 {
    if a { 1 } else { 2 }
}
fn tail_match() -> i32 {
    let x = 1;
    match x { _ => 3 }
}
fn unit_stmts() {
    ;
    foo();;
    {}
    {}
}
