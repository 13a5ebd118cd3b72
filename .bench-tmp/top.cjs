const fs=require('fs');const f=fs.readdirSync('/tmp/prof').map(x=>'/tmp/prof/'+x).sort((a,b)=>fs.statSync(b).size-fs.statSync(a).size)[0];
const p=JSON.parse(fs.readFileSync(f));const self=new Map();const dt=p.timeDeltas;const idx=new Map(p.nodes.map((n,i)=>[n.id,n]));
const counts=new Map();p.samples.forEach((s,i)=>counts.set(s,(counts.get(s)||0)+(dt[i]||0)));
for(const [id,t] of counts){const n=idx.get(id);const k=n.callFrame.functionName+' '+n.callFrame.url.split('/').slice(-2).join('/')+':'+n.callFrame.lineNumber;self.set(k,(self.get(k)||0)+t)}
const total=[...self.values()].reduce((a,b)=>a+b,0);
[...self.entries()].sort((a,b)=>b[1]-a[1]).slice(0,22).forEach(([k,t])=>console.log((t/1000).toFixed(0).padStart(6)+'ms '+(100*t/total).toFixed(1).padStart(5)+'% '+k));
